package org.hromada.system.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hromada.system.internal.LdapFilter.And;
import org.hromada.system.internal.LdapFilter.Compare;
import org.hromada.system.internal.LdapFilter.Not;
import org.hromada.system.internal.LdapFilter.Op;
import org.hromada.system.internal.LdapFilter.Or;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LdapFilterTest {

    @Test
    void parsesAnImportPackageFilter() {
        assertEquals(new And(List.of(
                        new Compare("osgi.wiring.package", Op.EQUAL, "com.foo"),
                        new Compare("version", Op.GREATER_OR_EQUAL, "1.2.0"),
                        new Not(new Compare("version", Op.GREATER_OR_EQUAL, "2.0.0")))),
                LdapFilter.parse("(&(osgi.wiring.package=com.foo)(version>=1.2.0)(!(version>=2.0.0)))"));
    }

    @Test
    void parsesOrPresenceSubstringEscapesAndSpaces() {
        assertEquals(new Or(List.of(
                        new Compare("a", Op.PRESENT, "*"),
                        new Compare("b", Op.SUBSTRING, "x*y"),
                        new Compare("c", Op.EQUAL, "(1)"),
                        new Compare("d", Op.LESS_OR_EQUAL, "3"),
                        new Compare("e", Op.APPROX, "v"))),
                LdapFilter.parse(" (| (a=*) (b=x*y) (c=\\(1\\)) (d<=3) (e~=v) ) "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a=b", "(a=b", "(&)", "(a>b)", "(=b)", "(a=b))", "(a=b\\", "(a>", "(a~"})
    void rejectsWhatIsNotAFilter(String text) {
        assertThrows(IllegalArgumentException.class, () -> LdapFilter.parse(text));
    }
}
