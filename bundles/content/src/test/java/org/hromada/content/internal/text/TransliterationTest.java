package org.hromada.content.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    /** The examples printed in Resolution No. 55 of 27.01.2010 itself. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Алушта | Alushta
            Андрій | Andrii
            Борщагівка | Borshchahivka
            Вінниця | Vinnytsia
            Гадяч | Hadiach
            Згорани | Zghorany
            Ґалаґан | Galagan
            Єнакієве | Yenakiieve
            Гаєвич | Haievych
            Житомир | Zhytomyr
            Закарпаття | Zakarpattia
            Медвин | Medvyn
            Іршава | Irshava
            Їжакевич | Yizhakevych
            Кадиївка | Kadyivka
            Йосипівка | Yosypivka
            Стрий | Stryi
            Олексій | Oleksii
            Київ | Kyiv
            Миколаїв | Mykolaiv
            Ніжин | Nizhyn
            Одеса | Odesa
            Полтава | Poltava
            Ромни | Romny
            Суми | Sumy
            Ужгород | Uzhhorod
            Фастів | Fastiv
            Харків | Kharkiv
            Біла Церква | Bila Tserkva
            Чернівці | Chernivtsi
            Шостка | Shostka
            Гоща | Hoshcha
            Юрій | Yurii
            Крюківка | Kriukivka
            Яготин | Yahotyn
            Ічня | Ichnia
            Знам'янка | Znamianka
            Розгон | Rozghon
            """)
    void resolutionExamples(String ukrainian, String latin) {
        assertEquals(latin, Transliteration.toLatin(ukrainian));
    }

    @Test
    void everyApostropheBetweenLettersIsOmitted() {
        assertEquals("Znamianka", Transliteration.toLatin("Знам\u2019янка"));
        assertEquals("Znamianka", Transliteration.toLatin("Знам\u02BCянка"));
        assertEquals("piat", Transliteration.toLatin("п'ять"), "after an apostrophe the word goes on: ia, not ya");
    }

    @Test
    void apostrophesThatAreQuotesStay() {
        assertEquals("'Kyiv'", Transliteration.toLatin("'Київ'"));
        assertEquals("don't", Transliteration.toLatin("don't"));
    }

    @Test
    void wordStartsAfterSpacesHyphensAndPunctuation() {
        assertEquals("Ivano-Frankivsk", Transliteration.toLatin("Івано-Франківськ"));
        assertEquals("yak yuni, yizhak (yenot)", Transliteration.toLatin("як юні, їжак (єнот)"));
        assertEquals("2-yi", Transliteration.toLatin("2-ї"));
    }

    @Test
    void softSignIsOmitted() {
        assertEquals("Lviv", Transliteration.toLatin("Львів"));
        assertEquals("Rivne, Zhovtnevyi", Transliteration.toLatin("Рівне, Жовтневий"));
    }

    @Test
    void caseOfTheFirstLetterIsKept() {
        assertEquals("Ye", Transliteration.toLatin("Є"));
        assertEquals("Shchastia", Transliteration.toLatin("Щастя"));
        assertEquals("shchastia", Transliteration.toLatin("щастя"));
        assertEquals("ZHYTOMYR", Transliteration.toLatin("ЖИТОМИР"));
        assertEquals("ZGHORANY", Transliteration.toLatin("ЗГОРАНИ"));
        assertEquals("YES", Transliteration.toLatin("ЄС"));
        assertEquals("ZNAMIANKA", Transliteration.toLatin("ЗНАМ'ЯНКА"));
    }

    @Test
    void otherCharactersPassThrough() {
        assertEquals("Hello, World! 2026 — №5 «ok» ы ё 😀", Transliteration.toLatin("Hello, World! 2026 — №5 «ok» ы ё 😀"));
        assertEquals("", Transliteration.toLatin(""));
    }

    @Test
    void decomposedInputIsComposedFirst() {
        String decomposed = Normalizer.normalize("Андрій Їжак", Normalizer.Form.NFD);
        assertEquals("Andrii Yizhak", Transliteration.toLatin(decomposed));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> Transliteration.toLatin(null));
    }
}
