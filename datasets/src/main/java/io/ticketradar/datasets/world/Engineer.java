package io.ticketradar.datasets.world;

import java.util.List;

/** A person of a team; CS agents answer customers, field engineers record repairs. */
public record Engineer(String engineerId, String name, Catalogue.TeamSpec team, List<String> skills, Region region) {}
