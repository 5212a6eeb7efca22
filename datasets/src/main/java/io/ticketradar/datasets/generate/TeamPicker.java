package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.world.Catalogue.TeamSpec;
import io.ticketradar.datasets.world.Engineer;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.datasets.world.World;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.util.ArrayList;
import java.util.List;

/** Who holds a ticket in each stage: the team that should, and the teams it bounces through first. */
final class TeamPicker {
    /** Share of technical tickets first sent to a group that does not own the domain. */
    private static final double TECH_MISROUTE_SHARE = 0.15;

    private static final double SKILL_PREFERENCE = 0.7;

    private final World world;

    TeamPicker(World world) {
        this.world = world;
    }

    /** The team that ends up owning the ticket in a stage. */
    TeamSpec owner(Stage stage, TechnicalDomain domain, Region region, Rng rng) {
        return switch (stage) {
            case CS -> rng.pick(world.teams(Stage.CS));
            case TECH ->
                rng.chance(TECH_MISROUTE_SHARE)
                        ? rng.pick(world.teams(Stage.TECH).stream()
                                .filter(t -> t.domain() == null)
                                .toList())
                        : world.techTeam(domain);
            case PARTS -> world.partsDepot(region);
            case FIELD -> rng.pick(world.fieldTeams(region));
        };
    }

    /** The teams holding the ticket in turn within a stage: {@code reassignments} others first, distinct, then the owner. */
    List<TeamSpec> chain(Stage stage, TeamSpec owner, int reassignments, Rng rng) {
        List<TeamSpec> others = new ArrayList<>(world.teams(stage));
        others.remove(owner);
        List<TeamSpec> chain = new ArrayList<>();
        for (int i = 0; i < reassignments && !others.isEmpty(); i++) {
            chain.add(others.remove(rng.nextInt(others.size())));
        }
        chain.add(owner);
        return chain;
    }

    /** A member of the team; field and technical work goes to someone with the domain's skill when there is one. */
    Engineer member(TeamSpec team, TechnicalDomain domain, Rng rng) {
        List<Engineer> members = world.members(team);
        if (rng.chance(SKILL_PREFERENCE)) {
            List<Engineer> skilled = members.stream()
                    .filter(e -> e.skills().contains(domain.name()))
                    .toList();
            if (!skilled.isEmpty()) {
                return rng.pick(skilled);
            }
        }
        return rng.pick(members);
    }
}
