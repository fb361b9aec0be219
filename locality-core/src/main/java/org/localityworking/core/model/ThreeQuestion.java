package org.localityworking.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The three questions that class every action in a locality plan (seeds 001, 003). */
@API(status = STABLE, since = "1.0")
public enum ThreeQuestion {
    /** What communities are best placed to do for themselves (resilience). */
    COMMUNITIES_THEMSELVES("What communities are best placed to do for themselves"),
    /** What only public services can do (statutory, for those most in need). */
    ONLY_PUBLIC_SERVICES("What only public services can do"),
    /** What we can do better together (co-production). */
    BETTER_TOGETHER("What we can do better together");

    private final String question;

    ThreeQuestion(String question) {
        this.question = question;
    }

    /** {@return the question in the councils' words} */
    public String question() {
        return question;
    }
}
