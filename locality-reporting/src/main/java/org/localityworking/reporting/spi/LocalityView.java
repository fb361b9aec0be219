package org.localityworking.reporting.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.localityworking.reporting.Audience;
import org.localityworking.storage.Kind;
import org.localityworking.storage.Query;
import org.localityworking.storage.Versioned;

/**
 * What a report or an exporter reads: one council's records, read-only, as one audience may see them. The library
 * builds it ({@link org.localityworking.reporting.run.Reports#view}) and hands it to plug-ins; a plug-in never
 * receives the store.
 *
 * <ul>
 *   <li>Both audiences see only records of the view's council, and records that belong to no council (an
 *       organisation with no locality, for example); never another council's.</li>
 *   <li>{@link Audience#INTERNAL} sees those records as stored.</li>
 *   <li>{@link Audience#PUBLIC} sees what each kind's {@link org.localityworking.storage.PublicRule} lets it see:
 *       no sensitive asset or asset of a person, no story without everyone's consent to publication, no naming
 *       consent; a person named only in a public office of the council or with a naming consent in force, others
 *       as {@value org.localityworking.storage.Publication#WITHHELD}, and no one's contact details; grants to
 *       individuals with a generic title and purpose. Then, in every free-text field
 *       ({@link Kind#freeText()}) of every record, a council's own kinds too, the name of every stored person it
 *       may not name is replaced by {@value org.localityworking.storage.Publication#WITHHELD}, and every e-mail
 *       address, phone number and such a person's address by {@value #CONTACT_WITHHELD}.</li>
 * </ul>
 *
 * <p>Not for implementation outside the library. Thread-safe; its answers are as of the store when read.
 */
@API(status = STABLE, since = "1.0")
public interface LocalityView {
    /** What stands in a public view for an e-mail address, a phone number or a person's address in free text. */
    String CONTACT_WITHHELD = "(contact withheld)";

    /** {@return the council whose records the view shows} */
    String councilId();

    /** {@return the audience the view shows them to} */
    Audience audience();

    /** {@return the day the view speaks of: consents in force on it apply} */
    LocalDate asOf();

    /** {@return the kinds the store holds, standard and the council's own} */
    List<Kind<?>> kinds();

    /**
     * {@return the record as the audience may see it; empty when there is none or the audience may not see it}
     *
     * @param kind a kind the store holds
     * @param id   a record's id
     */
    <T> Optional<Versioned<T>> get(Kind<T> kind, String id);

    /**
     * {@return the matching records the audience may see, as it may see them, in id order}
     *
     * @param kind  a kind the store holds
     * @param query what to select (a query naming another council selects nothing); a paged query's page is cut
     *              from what the audience may see, so a PUBLIC page of 50 holds 50 records the public may see
     */
    <T> List<Versioned<T>> query(Kind<T> kind, Query<? super T> query);

    /**
     * {@return how many records {@link #query} would return (answered from the store's indexes where it can be)}
     *
     * @param kind  a kind the store holds
     * @param query what to select
     */
    <T> long count(Kind<T> kind, Query<? super T> query);

    /**
     * {@return what the audience may not see of the matching records of the view's council, one entry a record,
     *         so a report can say how many it left out and why; empty for {@link Audience#INTERNAL}}
     *
     * @param kind  a kind the store holds
     * @param query what to select (its page, if any, apart)
     */
    <T> List<Withheld> withheld(Kind<T> kind, Query<? super T> query);

    /**
     * {@return the council's own kinds the store holds but was not opened with, and how many records of each: a
     *         view cannot read them}
     */
    Map<String, Long> undeclaredKinds();

    /** {@return the same records as the PUBLIC audience sees them (this view, when it is PUBLIC already)} */
    LocalityView forPublic();
}
