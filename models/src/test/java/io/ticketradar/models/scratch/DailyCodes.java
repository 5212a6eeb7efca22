package io.ticketradar.models.scratch;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.cases.CaseAssembly;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.FailureCase;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** Per day: counted cases, and how many carry each of the given codes (final state of each case). */
public class DailyCodes {
    public static void main(String[] args) {
        String scenario = args[0];
        LocalDate start = LocalDate.parse(args[1]);
        int days = Integer.parseInt(args[2]);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        GeneratorSettings gs = GeneratorSettings.of(1, start, days, 120, 7L, Scenarios.load(scenario));
        EventCodec codec = new EventCodec();
        CaseAssembly assembly = new CaseAssembly(t -> zone);
        Map<String, FailureCase> last = new HashMap<>();
        Iterator<GeneratedRecord> it = new DataGenerator(gs).records();
        while (it.hasNext()) {
            GeneratedRecord r = it.next();
            if (codec.decode(new String(r.value(), StandardCharsets.UTF_8)) instanceof Decoded.Valid v) {
                for (FailureCase c : assembly.apply(v.event(), codec.body(v.event()))) {
                    last.put(c.caseId(), c);
                }
            }
        }
        TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
        for (FailureCase c : last.values()) {
            if (!c.counted()) continue;
            int[] row = byDay.computeIfAbsent(c.day(), d -> new int[args.length]);
            row[0]++;
            for (int i = 3; i < args.length; i++) {
                String[] all = args[i].split("\\+");
                boolean hit = true;
                for (String code : all) hit &= c.codes().contains(Code.parse(code));
                row[i] += hit ? 1 : 0;
            }
        }
        byDay.forEach((d, row) -> {
            StringBuilder sb = new StringBuilder(d + " " + row[0]);
            for (int i = 3; i < args.length; i++) sb.append(" ").append(row[i]);
            System.out.println(sb);
        });
    }
}
