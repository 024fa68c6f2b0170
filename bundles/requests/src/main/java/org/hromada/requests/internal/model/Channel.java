package org.hromada.requests.internal.model;

/** How a request reached the council (Art. 19 part 3: the requester chooses). */
public enum Channel implements Keyed {
    WEB("web"), POST("post"), EMAIL("email"), PHONE("phone"), FAX("fax"), IN_PERSON("in_person");

    private final String key;

    Channel(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
