/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static jp.careplan.standalone.tests.ServiceCalendarTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.PlanActualComparison;
import jp.careplan.model.schedule.PlanActualComparison.Difference;
import jp.careplan.model.schedule.PlanActualComparison.Entry;
import jp.careplan.model.schedule.PlanActualComparison.Summary;

/** 予実突合: planned and delivered rows aligned by user, day, service and provider. */
class PlanActualComparisonTest {

    private static final String A = "0000000001";
    private static final String B = "0000000002";
    private static final String HOME_HELP = "111111";
    private static final String DAY_CARE = "151111";
    private static final String P1 = "1300000001";
    private static final String P2 = "1300000002";

    @Test
    void eachKindOfDifferenceIsFoundAndSummarisedPerUser() {
        ServiceUseRow same = row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow shifted = row(A, "20250205", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow notDelivered = row(A, "20250207", DAY_CARE, P2, "0930", "1600", "1");
        ServiceUseRow twice = row(A, "20250210", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow otherUser = row(B, "20250203", HOME_HELP, P1, "1100", "1200", "1");
        List<ServiceUseRow> plan = List.of(same, shifted, notDelivered, twice, otherUser);

        ServiceUseRow sameDone = row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow shiftedDone = row(A, "20250205", HOME_HELP, P1, "1030", "1130", "1");
        ServiceUseRow twiceDone = row(A, "20250210", HOME_HELP, P1, "0900", "1000", "2");
        ServiceUseRow unplanned = row(A, "20250212", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow otherUserDone = row(B, "20250203", HOME_HELP, P1, "1100", "1200", "1");
        List<ServiceUseRow> actual = List.of(unplanned, otherUserDone, twiceDone, shiftedDone, sameDone);

        PlanActualComparison comparison = PlanActualComparison.of(plan, actual);

        List<Entry> entries = comparison.entries();
        assertEquals(6, entries.size());
        assertEquals(List.of(Set.of(), Set.of(Difference.TIME_SHIFTED), Set.of(Difference.MISSING),
                Set.of(Difference.COUNT_CHANGED), Set.of(Difference.EXTRA), Set.of()),
                entries.stream().map(Entry::differences).toList());
        assertSame(shifted, entries.get(1).plan());
        assertSame(shiftedDone, entries.get(1).actual());
        assertEquals(null, entries.get(2).actual());
        assertEquals(null, entries.get(4).plan());

        List<Summary> summaries = comparison.summaries();
        assertEquals(2, summaries.size());
        Summary a = summaries.get(0);
        assertEquals(new PlanActualComparison.User("131001", A), a.user());
        assertEquals(List.of(4, 4, 1, 1, 1, 1, 1), List.of(a.planned(), a.delivered(), a.matched(), a.missing(), a.extra(),
                a.timeShifted(), a.countChanged()));
        assertFalse(a.isClean());
        assertTrue(summaries.get(1).isClean());
        assertEquals(5, comparison.entries(a.user()).size());
        assertEquals(List.of(otherUserDone), comparison.entries(summaries.get(1).user()).stream().map(Entry::actual).toList());
    }

    private static final String CARE_OFFICE = "1300000009";

    private static FileName name(String kind, String sender, String senderType, String receiver, String receiverType) {
        FileName name = ExchangeFactory.eINSTANCE.createFileName();
        name.setKind(kind);
        name.setMonth("202502");
        name.setSenderOffice(sender);
        name.setSenderServiceType(senderType);
        name.setReceiverOffice(receiver);
        name.setReceiverServiceType(receiverType);
        return name;
    }

    /**
     * A 予定 carries every provider's services of its users; set against one provider's 実績, the other providers' planned
     * rows are left out (counted), not called 予定のみ — before, a care manager saw every other provider's visit of the
     * user as not delivered.
     */
    @Test
    void setAgainstOneProvidersActualTheOtherProvidersPlannedRowsAreLeftOutAndCounted() {
        ServiceUseRow visit = row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow otherProvidersVisit = row(A, "20250207", DAY_CARE, P2, "0930", "1600", "1");
        ServiceUseRow missed = row(A, "20250210", HOME_HELP, P1, "0900", "1000", "1");
        List<ServiceUseRow> plan = List.of(visit, otherProvidersVisit, missed);
        List<ServiceUseRow> actual = List.of(row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1"));
        FileName planName = name("UPPLAN", CARE_OFFICE, null, P1, null);
        PlanActualComparison.Scope scope = PlanActualComparison.Scope.of(List.of(planName),
                List.of(name("UPJSK", P1, null, CARE_OFFICE, null)));
        assertEquals(Set.of(P1), scope.providers());
        assertEquals(Set.of(), scope.kinds(), "a 3.2 name speaks of every kind");

        PlanActualComparison comparison = PlanActualComparison.of(plan, actual, scope);

        assertEquals(1, comparison.notConcerned());
        assertEquals(Set.of(P1), comparison.providers());
        assertEquals(List.of(visit, missed), comparison.entries().stream().map(Entry::plan).toList());
        assertEquals(List.of(Set.of(), Set.of(Difference.MISSING)), comparison.entries().stream().map(Entry::differences).toList());
        assertEquals(2, PlanActualComparison.of(plan, actual).summaries().get(0).missing(), "without a scope, every row is compared");

        // no 実績 yet: the provider the 予定 was sent to
        PlanActualComparison notYet = PlanActualComparison.of(plan, List.of(), PlanActualComparison.Scope.of(List.of(planName), List.of()));
        assertEquals(1, notYet.notConcerned());
        assertEquals(2, notYet.summaries().get(0).missing());

        // a 実績 whose rows name another provider speaks for that one too
        ServiceUseRow otherDone = row(A, "20250207", DAY_CARE, P2, "0930", "1600", "1");
        PlanActualComparison wider = PlanActualComparison.of(plan, List.of(actual.get(0), otherDone), scope);
        assertEquals(0, wider.notConcerned());
        assertEquals(List.of(P1, P2), List.copyOf(wider.providers()));
        assertEquals(1, wider.summaries().get(0).missing());
    }

    /** Under 4.x names a 実績 speaks for the サービス種類 its name carries: the provider's planned rows of another kind are left out. */
    @Test
    void underNamesWithAServiceKindThePlannedRowsOfOtherKindsAreLeftOut() {
        ServiceUseRow homeHelp = row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow dayCareOfTheSameOffice = row(A, "20250207", DAY_CARE, P1, "0930", "1600", "1");
        PlanActualComparison.Scope scope = PlanActualComparison.Scope.of(List.of(name("UPPLAN", CARE_OFFICE, "43", P1, "11")),
                List.of(name("UPJSK", P1, "11", CARE_OFFICE, "43")));
        assertEquals(Set.of("11"), scope.kinds());

        PlanActualComparison comparison = PlanActualComparison.of(List.of(homeHelp, dayCareOfTheSameOffice),
                List.of(row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1")), scope);

        assertEquals(1, comparison.notConcerned());
        assertTrue(comparison.summaries().get(0).isClean());
        // a 実績 that holds a row of another kind (the standard's example prints one) speaks for that kind too
        PlanActualComparison wider = PlanActualComparison.of(List.of(homeHelp, dayCareOfTheSameOffice),
                List.of(row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1"), row(A, "20250207", DAY_CARE, P1, "0930", "1600", "1")),
                scope);
        assertEquals(0, wider.notConcerned());
        assertTrue(wider.summaries().get(0).isClean());
        // what the rows hold is a provider with a kind: another provider's row of kind 15 in P1's 実績 of kind 11 does not
        // make P1's planned kind-15 rows, nor that provider's kind-11 rows, the 実績's
        ServiceUseRow p2HomeHelp = row(A, "20250210", HOME_HELP, P2, "0900", "1000", "1");
        PlanActualComparison paired = PlanActualComparison.of(List.of(homeHelp, dayCareOfTheSameOffice, p2HomeHelp),
                List.of(row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1"), row(A, "20250211", DAY_CARE, P2, "0930", "1600", "1")),
                scope);
        assertEquals(2, paired.notConcerned());
        assertEquals(Set.of(P1, P2), paired.providers());
        // one name without a kind (3.2) among them: every kind
        assertEquals(Set.of(), PlanActualComparison.Scope.of(List.of(), List.of(name("UPJSK", P1, "11", CARE_OFFICE, "43"),
                name("UPJSK", P1, null, CARE_OFFICE, null))).kinds());
    }

    @Test
    void twoVisitsOnADayPairByTheirTimesBeforeAnyIsCalledShifted() {
        ServiceUseRow morning = row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1");
        ServiceUseRow evening = row(A, "20250203", HOME_HELP, P1, "1800", "1900", "1");
        ServiceUseRow eveningDone = row(A, "20250203", HOME_HELP, P1, "1800", "1900", "1");
        ServiceUseRow morningLate = row(A, "20250203", HOME_HELP, P1, "0930", "1030", "1");

        List<Entry> entries = PlanActualComparison.of(List.of(morning, evening), List.of(eveningDone, morningLate)).entries();

        assertEquals(2, entries.size());
        assertSame(morning, entries.get(0).plan());
        assertSame(morningLate, entries.get(0).actual());
        assertEquals(Set.of(Difference.TIME_SHIFTED), entries.get(0).differences());
        assertSame(eveningDone, entries.get(1).actual());
        assertTrue(entries.get(1).isMatch());
    }

    @Test
    void theSameServiceFromAnotherProviderIsNotTheSameDelivery() {
        List<Entry> entries = PlanActualComparison.of(List.of(row(A, "20250203", HOME_HELP, P1, "0900", "1000", "1")),
                List.of(row(A, "20250203", HOME_HELP, P2, "0900", "1000", "1"))).entries();

        assertEquals(List.of(Set.of(Difference.MISSING), Set.of(Difference.EXTRA)),
                entries.stream().map(Entry::differences).toList());
        assertEquals("User[6+10 characters]", entries.get(0).user().toString(), "no personal data in logs");
    }
}
