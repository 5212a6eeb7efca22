package io.ticketradar.dashboards;

/** The pages people open, each one HTML file that loads its script and styles from {@code /assets}. */
enum Page {
    LANDING("/", "index.html"),
    WALL("/wall", "wall.html"),
    RD("/rd", "rd.html"),
    OPPORTUNITIES("/opportunities", "opportunities.html"),
    DISPATCH("/dispatch", "dispatch.html"),
    /** One engineer's day; the page reads the id from its address. */
    ENGINEER("/engineer/{engineer_id}", "engineer.html");

    final String path;
    final String file;

    Page(String path, String file) {
        this.path = path;
        this.file = file;
    }
}
