package org.localityworking.storage.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Strings that break naive SQL: quotes, comment markers, statement separators, escapes, odd Unicode. */
final class HostileStrings {
    private HostileStrings() {
    }

    private static final List<String> CORE = List.of(
            "'", "''", "\"", "\"\"", "`", "\\", "\\'", "\\\"", "'\\", "\\\\'",
            "';--", "'; DROP TABLE asset; --", "\"; DROP TABLE \"grant\"; --", "'); DELETE FROM person; --",
            "' OR '1'='1", "\" OR \"1\"=\"1", "' OR 1=1 --", "1; SELECT 1", "x'; UPDATE asset SET body='{}' WHERE '1'='1",
            "' UNION SELECT body FROM person --", "' UNION ALL SELECT NULL, NULL, NULL --",
            "/* comment */", "*/", "/*", "-- trailing comment", "#", "# mysql comment", ";", ";;", "; ;",
            "%", "_", "%_%", "[", "]", "[a-z]%", "^", "$1", "$$", "$tag$ dollar quoted $tag$", "$$; DROP TABLE ward; $$",
            "E'\\x27'", "\\x27", "%27", "&#39;", "&apos;", "\u02BC", "\uFF07", "\u2019 curly", "\u2018\u201C\u201D",
            "?", "??", "?::text", "$1::text", ":name", "@@version", "@var", "{fn NOW()}", "{call x()}", "{d '2015-01-01'}",
            "\\N", "NULL", "null", "None", "undefined", "true", "0", "-1", "1e309", "NaN",
            "\r\n", "\n\n", "\t", "a\u000Bb", "a\u000Cb", "\u0007bell", "\u001Bescape", "\u007Fdel",
            "\u200B", "\u200D", "\uFEFFbom", "\u202Eright-to-left override", "\u2066isolate\u2069", "\u0301combining",
            "e\u0301 vs \u00E9", "\uD83C\uDF33\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", "\uD834\uDD1E treble clef",
            "\uDBFF\uDFFF max code point", "\u4E2D\u6587 ' \u0627\u0644\u0639\u0631\u0628\u064A\u0629",
            "'\u0000'".replace("\u0000", "\u2400"), "COPY asset TO '/tmp/x'", "'; COPY asset TO PROGRAM 'id'; --",
            "pg_sleep(5)", "'||pg_sleep(5)||'", "sqlite_master", "' AND 1=(SELECT COUNT(*) FROM sqlite_master) --",
            "ATTACH DATABASE '/tmp/evil.db' AS evil; --", "PRAGMA writable_schema=1;", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "{{7*7}}", "=1+1", "+cmd|' /C calc'!A0", "@SUM(1,1)", "-2+3");

    /** {@return at least 100 distinct hostile strings, each a valid name (non-blank, no NUL)} */
    static List<String> all() {
        Set<String> all = new LinkedHashSet<>();
        for (String s : CORE) {
            all.add(s.isBlank() ? "[" + s + "]" : s);
        }
        for (String s : CORE) {
            all.add("Friends of " + s + " Park");
        }
        return new ArrayList<>(all);
    }
}
