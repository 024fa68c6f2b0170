package org.hromada.content.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

    // ---- attacks: the exact output is asserted, so a policy that lets anything through fails ----

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
            <script>alert(1)</script> | ``
            <p>a</p><script>alert(1)</script><p>b</p> | <p>a</p><p>b</p>
            <SCRIPT SRC=https://evil.example/x.js></SCRIPT>ok | ok
            <img src=x onerror=alert(1)> | <img src="x" />
            <a href="javascript:alert(1)">x</a> | x
            <a href="JaVaScRiPt:alert(1)">x</a> | x
            <a href="  javascript:alert(1)">x</a> | x
            <a href="&#106;avascript:alert(1)">x</a> | x
            <a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a> | x
            <a href="java&#x09;script:alert(1)">x</a> | x
            <a href="vbscript:msgbox(1)">x</a> | x
            <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a> | x
            <svg onload=alert(1)> | ``
            <svg><script>alert(1)</script></svg>t | t
            <iframe src="https://evil.example/"></iframe> | ``
            <iframe srcdoc="<script>alert(1)</script>">fallback</iframe>after | after
            <p style="background:url(javascript:alert(1))">t</p> | <p>t</p>
            <div class="x" onclick="alert(1)">d</div> | <div class="x">d</div>
            <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==" alt="a"> | ``
            <img src="data:image/svg+xml,<svg onload=alert(1)>"> | ``
            <img src="javascript:alert(1)"> | ``
            <img src="mailto:mayor@example.com"> | ``
            <object data="https://evil.example/x.swf">o</object> | ``
            <embed src="https://evil.example/x.swf"> | ``
            <form action="https://evil.example/"><input name="q"><button>Go</button></form> | Go
            <style>body{display:none}</style>t | t
            <link rel="stylesheet" href="https://evil.example/x.css">t | t
            <meta http-equiv="refresh" content="0;url=https://evil.example/">t | t
            <base href="https://evil.example/">t | t
            <p onmouseover="alert(1)">t</p> | <p>t</p>
            <body onload="alert(1)">t</body> | t
            <span class="a&quot; onclick=&quot;alert(1)">t</span> | t
            <span class="a;b">t</span> | t
            <p class="x" id="y">t</p> | <p>t</p>
            <a href="https://ok.example/" target="_top">x</a> | <a href="https://ok.example/">x</a>
            <a href="https://ok.example/" target="_blank" rel="opener">x</a> | <a href="https://ok.example/" target="_blank" rel="noopener noreferrer">x</a>
            <img src="/a.png" width="100%" height="1;x" loading="auto"> | <img src="/a.png" />
            <td colspan="0" rowspan="x">c</td> | <table><tbody><tr><td>c</td></tr></tbody></table>
            <h1>Заголовок</h1><h5>Менший</h5> | ЗаголовокМенший
            """)
    void attacksAreDefused(String attack, String expected) {
        String safe = RichText.sanitize(attack);

        assertEquals(expected, safe);
        String lower = safe.toLowerCase(Locale.ROOT);
        for (String bad : new String[] {"<script", "javascript", "vbscript", "data:", " on", "style", "<svg",
                "<iframe", "<object", "<embed", "<form", "<input"}) {
            assertFalse(lower.contains(bad), () -> bad + " in " + safe);
        }
    }

    // ---- what editors produce survives, byte for byte (written the way the sanitizer serializes it) ----

    @ParameterizedTest
    @ValueSource(strings = {
        "<h2>Сесія міської ради</h2><p>Відбудеться <strong>24 листопада</strong> о <em>10:00</em> у великій залі.</p>",
        "<p>H<sub>2</sub>O, м<sup>2</sup>, <b>жирний</b>, <i>курсив</i>, <u>підкреслений</u>, <s>закреслений</s></p>",
        "<h3>Порядок денний</h3><ol><li>Про бюджет</li><li>Про <span class=\"highlight\">програму</span></li></ol>"
                + "<ul><li>Перше</li></ul><h4>Примітка</h4>",
        "<blockquote><p>Цитата голови громади</p></blockquote><hr /><p>Рядок<br />другий рядок</p>",
        "<p>Див. <a href=\"https://rada.gov.ua/laws/show/55-2010-п\" title=\"Постанова № 55\">постанову</a>,"
                + " <a href=\"/documents/budget-2026\">бюджет</a>, <a href=\"mailto:rada.example.ua\">пошту</a>"
                + " та <a href=\"tel:0800500000\">телефон</a>.</p>",
        "<p><a href=\"https://example.ua/rishennia.pdf\" target=\"_blank\" rel=\"noopener noreferrer\">PDF</a></p>",
        "<figure><img src=\"https://example.ua/images/park.jpg\" alt=\"Парк Шевченка після реконструкції\""
                + " width=\"800\" height=\"600\" loading=\"lazy\" /><figcaption>Парк Шевченка</figcaption></figure>",
        "<p><img src=\"/media/2026/logo.png\" alt=\"Герб громади\" /></p>",
        "<table><caption>Бюджет, тис. грн</caption><thead><tr><th scope=\"col\">Стаття</th>"
                + "<th scope=\"col\" colspan=\"2\">Сума</th></tr></thead><tbody><tr><td>Освіта</td>"
                + "<td rowspan=\"2\">1 200</td><td>50%</td></tr><tr><td>Медицина</td><td>30%</td></tr></tbody></table>",
        "<div class=\"note warning_box\"><p>Увага!</p></div><pre><code>код\n  з відступом</code></pre>",
    })
    void editorMarkupSurvives(String html) {
        assertEquals(html, RichText.sanitize(html));
    }

    @Test
    void targetBlankGetsRelAdded() {
        assertEquals("<a href=\"https://example.ua/\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>",
                RichText.sanitize("<a href=\"https://example.ua/\" target=\"_blank\">x</a>"));
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        String once = RichText.sanitize("<p title=x>\"Лапки\" & <a href='https://e.ua/?a=1&b=2'>e@mail</a>"
                + "<img src=x onerror=alert(1)><table><tr><td>1</table>");

        assertEquals("<p>&#34;Лапки&#34; &amp; <a href=\"https://e.ua/?a&#61;1&amp;b&#61;2\">e&#64;mail</a>"
                + "<img src=\"x\" /></p><table><tbody><tr><td>1</td></tr></tbody></table>", once);
        assertEquals(once, RichText.sanitize(once));
    }

    @Test
    void nullAndEmptyGiveEmpty() {
        assertEquals("", RichText.sanitize(null));
        assertEquals("", RichText.sanitize(""));
    }

    // ---- plain text ----

    @Test
    void plainTextStripsTagsDecodesEntitiesAndCollapsesWhitespace() {
        assertEquals("Сесія ради Перший абзац & «другий» <тег> і кінець",
                RichText.toPlainText("<h2>Сесія\n ради</h2><p>Перший&nbsp;&nbsp;абзац &amp; &laquo;другий&raquo;"
                        + " &lt;тег&gt;</p>\n\n<p>\tі   кінець </p>"));
    }

    @Test
    void plainTextKeepsInlineMarkupInsideWordsAndBreaksBetweenBlocks() {
        assertEquals("м2 і H2O", RichText.toPlainText("м<sup>2</sup> і H<sub>2</sub>O"));
        assertEquals("Перший Другий Рядок далі один два A B",
                RichText.toPlainText("<p>Перший</p><p>Другий</p>Рядок<br>далі<ul><li>один</li><li>два</li></ul>"
                        + "<table><tr><td>A</td><td>B</td></tr></table>"));
        assertEquals("ключове слово", RichText.toPlainText("<strong>ключ</strong><em>ове</em> <a href=\"/x\">слово</a>"));
    }

    @Test
    void plainTextLeavesOutWhatIsNeverShown() {
        assertEquals("до після",
                RichText.toPlainText("до <script>var secret = 1;</script><style>p{}</style>"
                        + "<iframe>frame</iframe><noscript>ns</noscript> після"));
    }

    @Test
    void plainTextOfNothingIsEmpty() {
        assertEquals("", RichText.toPlainText(null));
        assertEquals("", RichText.toPlainText(""));
        assertEquals("", RichText.toPlainText("<p>&nbsp;</p><br>"));
    }
}
