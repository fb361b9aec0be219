package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The six ABCD asset categories: Kretzmann and McKnight's three (individuals, associations,
 * institutions) extended with physical assets, local economic exchange, and stories and culture.
 */
@API(status = STABLE, since = "1.0")
public enum AssetCategory {
    /** People's gifts, skills and passions. */
    INDIVIDUALS,
    /** Associations, groups and networks of residents. */
    ASSOCIATIONS,
    /** Public, private and voluntary institutions. */
    INSTITUTIONS,
    /** Land, buildings, parks, alleyways and other physical assets. */
    PHYSICAL,
    /** Local economic exchange: businesses, markets, time banks, financial resources. */
    ECONOMIC_EXCHANGE,
    /** Stories, history, culture and community spirit. */
    STORIES_CULTURE
}
