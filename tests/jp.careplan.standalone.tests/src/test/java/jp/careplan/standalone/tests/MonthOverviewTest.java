/*
 * Copyright (c) 2026 the careplan workbench authors.
 * SPDX-License-Identifier: EPL-2.0
 */
package jp.careplan.standalone.tests;

import static jp.careplan.standalone.tests.ServiceCalendarTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.careplan.model.careplan.CareplanFactory;
import jp.careplan.model.careplan.Record;
import jp.careplan.model.careplan.ServiceActualDeletion;
import jp.careplan.model.careplan.ServiceUsePlanDeletion;
import jp.careplan.model.careplan.ServiceUseRow;
import jp.careplan.model.exchange.ExchangeFactory;
import jp.careplan.model.exchange.FileName;
import jp.careplan.model.schedule.MonthOverview;
import jp.careplan.model.schedule.MonthOverview.Pair;
import jp.careplan.model.schedule.MonthOverview.Status;

/** 月の状況: each pair of offices in a month, its 予定 and 実績 and where it stands. */
class MonthOverviewTest {

    private static final String CARE = "1300000009";
    private static final String P1 = "1300000001";
    private static final String P2 = "1300000002";
    private static final String P3 = "1300000003";
    private static final String A = "0000000001";
    private static final String B = "0000000002";
    private static final String HOME_HELP = "111111";
    private static final String DAY_CARE = "151111";

    private static MonthOverview.File file(String kind, String month, String sender, String receiver, String serial,
            List<? extends Record> records) {
        return file(kind, month, sender, null, receiver, null, serial, records);
    }

    private static MonthOverview.File file(String kind, String month, String sender, String senderType, String receiver,
            String receiverType, String serial, List<? extends Record> records) {
        FileName name = ExchangeFactory.eINSTANCE.createFileName();
        name.setKind(kind);
        name.setMonth(month);
        name.setSenderOffice(sender);
        name.setSenderServiceType(senderType);
        name.setReceiverOffice(receiver);
        name.setReceiverServiceType(receiverType);
        name.setSerial(serial);
        return new MonthOverview.File(name, records);
    }

    private static ServiceUseRow visit(String user, String day, String service, String provider) {
        ServiceUseRow row = row(user, "202502" + day, service, provider, "0900", "1000", "1");
        row.setProviderName(provider.equals(P1) ? "見本ヘルパーステーション" : "");
        return row;
    }

    @Test
    void eachPairOfOfficesSaysWhetherItsActualHasComeAndAgrees() {
        // the care office's 予定 to P1 and P2 carry both providers' visits of user A (a 予定 carries every provider's)
        List<ServiceUseRow> plan = List.of(visit(A, "03", HOME_HELP, P1), visit(A, "05", DAY_CARE, P2), visit(B, "04", HOME_HELP, P1));
        List<MonthOverview.File> files = List.of(
                file("UPPLAN", "202502", CARE, P1, "20250125090000", plan),
                file("UPPLAN", "202502", CARE, P2, "20250125090000", plan),
                file("UPPLAN", "202502", CARE, P3, "20250125090000", List.of(visit(B, "06", DAY_CARE, P3))),
                file("UPJSK", "202502", P1, CARE, "20250303170000", List.of(visit(A, "03", HOME_HELP, P1), visit(B, "04", HOME_HELP, P1))),
                file("UPJSK", "202502", P2, CARE, "20250304170000", List.of(visit(A, "06", DAY_CARE, P2))),
                file("UPJSK", "202502", "1300000004", CARE, "20250305170000", List.of(visit(A, "07", DAY_CARE, "1300000004"))),
                file("UPPLAN", "202501", CARE, P1, "20241225090000", List.of(visit(A, "03", HOME_HELP, P1))));

        assertEquals(List.of("202502", "202501"), MonthOverview.months(files));
        List<Pair> pairs = MonthOverview.of(files, "202502");

        assertEquals(List.of(P1, P2, P3, "1300000004"), pairs.stream().map(Pair::provider).toList());
        assertEquals(List.of(Status.MATCHES, Status.DIFFERS, Status.NO_ACTUAL, Status.NO_PLAN), pairs.stream().map(Pair::status).toList());
        Pair p1 = pairs.get(0);
        assertEquals(2, p1.users());
        assertEquals(1, p1.comparison().notConcerned(), "P2's visit of A is P2's to report");
        assertEquals("見本ヘルパーステーション", p1.providerName());
        assertEquals("20250303170000", p1.newestActual().getSerial());
        Pair p2 = pairs.get(1);
        assertEquals(1, p2.differingUsers(), "A's day care was on the 6th, not the 5th");
        assertEquals(2, p2.comparison().notConcerned());
        assertEquals(null, pairs.get(2).newestActual());
        assertEquals(null, pairs.get(3).newestPlan());
    }

    /** 月途中変更: each user's rows come from the newest version that speaks of the user. */
    @Test
    void aPlansVersionsReplaceItUserByUser() {
        List<MonthOverview.File> files = List.of(
                file("UPPLAN", "202502", CARE, P1, "20250125090000", List.of(visit(A, "03", HOME_HELP, P1), visit(B, "04", HOME_HELP, P1))),
                file("UPPLAN", "202502", CARE, P1, "20250210090000", List.of(visit(A, "10", HOME_HELP, P1))),
                file("UPJSK", "202502", P1, CARE, "20250303170000", List.of(visit(A, "10", HOME_HELP, P1), visit(B, "04", HOME_HELP, P1))),
                file("DLTJSK", "202502", P1, CARE, "20250302170000", List.of()));

        Pair pair = MonthOverview.of(files, "202502").get(0);

        assertEquals(Status.MATCHES, pair.status(), "A's plan is the second version's, B's the first's");
        assertEquals(List.of("20250125090000", "20250210090000"), pair.plans().stream().map(FileName::getSerial).toList());
        assertEquals(1, pair.deletions(), "sent before the 実績 it would withdraw: counted, nothing withdrawn");
    }

    /** A row whose サービス利用日 is no date cannot be placed: the pair does not agree (the checker names the row). */
    @Test
    void aRowThatCannotBePlacedKeepsAPairFromAgreeing() {
        ServiceUseRow undated = visit(A, "03", HOME_HELP, P1);
        undated.setServiceDate("2025023X");
        List<MonthOverview.File> files = List.of(file("UPPLAN", "202502", CARE, P1, "20250125090000", List.of(visit(A, "03", HOME_HELP, P1))),
                file("UPJSK", "202502", P1, CARE, "20250303170000", List.of(visit(A, "03", HOME_HELP, P1), undated)));

        Pair pair = MonthOverview.of(files, "202502").get(0);

        assertEquals(1, pair.comparison().unplaced());
        assertEquals(Status.DIFFERS, pair.status());
    }

    /** Under 4.x names a deletion of another kind between the same offices is not the pair's. */
    @Test
    void aDeletionIsCountedForThePairOfItsKind() {
        List<MonthOverview.File> files = List.of(file("UPPLAN", "202504", CARE, "43", P1, "11", "20250325090000", List.of(visit(A, "03", HOME_HELP, P1))),
                file("DLTPLAN", "202504", CARE, "43", P1, "15", "20250326090000", List.of()),
                file("DLTPLAN", "202504", CARE, "43", P1, "11", "20250327090000", List.of()),
                file("DLTPLAN", "202504", CARE, null, P1, null, "20250328090000", List.of()));

        assertEquals(2, MonthOverview.of(files, "202504").get(0).deletions(), "its own kind's, and a 3.2-named one");
    }

    private static ServiceUsePlanDeletion planDeletion(String user) {
        ServiceUsePlanDeletion deletion = CareplanFactory.eINSTANCE.createServiceUsePlanDeletion();
        deletion.setInsurerNumber("131001");
        deletion.setInsuredNumber(user);
        deletion.setDeletionTargetMonth("202502");
        return deletion;
    }

    /**
     * A deletion withdraws, from the versions sent before it, the user's 予定 of the month (DLTPLAN) or the user's 実績 of
     * its provider and サービス種類 (DLTJSK); a version sent after it brings the user back; all withdrawn is 取り下げ済み.
     */
    @Test
    void deletionsWithdrawWhatWasSentBeforeThem() {
        MonthOverview.File plan = file("UPPLAN", "202502", CARE, P1, "20250125090000",
                List.of(visit(A, "03", HOME_HELP, P1), visit(B, "04", HOME_HELP, P1)));
        MonthOverview.File withdrawB = file("DLTPLAN", "202502", CARE, P1, "20250201090000", List.of(planDeletion(B)));
        MonthOverview.File actualA = file("UPJSK", "202502", P1, CARE, "20250303170000", List.of(visit(A, "03", HOME_HELP, P1)));

        Pair withdrawn = MonthOverview.of(List.of(plan, withdrawB, actualA), "202502").get(0);
        assertEquals(Status.MATCHES, withdrawn.status(), "B's 予定 withdrawn: nothing of B is due");
        assertEquals(1, withdrawn.deletions());
        assertEquals(Status.DIFFERS, MonthOverview.of(List.of(plan, actualA), "202502").get(0).status(), "without it, B's visit is missing");

        // a version after the deletion names B again
        MonthOverview.File again = file("UPPLAN", "202502", CARE, P1, "20250210090000", List.of(visit(B, "11", HOME_HELP, P1)));
        assertEquals(Status.DIFFERS, MonthOverview.of(List.of(plan, withdrawB, again, actualA), "202502").get(0).status());

        // every user's 予定 withdrawn, no 実績: 取り下げ済み, not 実績未着
        MonthOverview.File withdrawA = file("DLTPLAN", "202502", CARE, P1, "20250201090000", List.of(planDeletion(A), planDeletion(B)));
        assertEquals(Status.WITHDRAWN, MonthOverview.of(List.of(plan, withdrawA), "202502").get(0).status());
        // a 予定 without rows and no deletion withdrew nothing
        assertEquals(Status.NO_ACTUAL, MonthOverview.of(List.of(file("UPPLAN", "202502", CARE, P1, "20250125090000", List.of())), "202502")
                .get(0).status());
        // a deletion of another month withdraws nothing
        ServiceUsePlanDeletion march = planDeletion(A);
        march.setDeletionTargetMonth("202503");
        assertEquals(Status.NO_ACTUAL, MonthOverview.of(List.of(plan, file("DLTPLAN", "202502", CARE, P1, "20250201090000",
                List.of(march))), "202502").get(0).status());

        // the 実績 of A withdrawn by kind: A's planned visit is missing again
        ServiceActualDeletion homeHelp = CareplanFactory.eINSTANCE.createServiceActualDeletion();
        homeHelp.setInsurerNumber("131001");
        homeHelp.setInsuredNumber(A);
        homeHelp.setDeletionTargetMonth("202502");
        homeHelp.setProviderCode(P1);
        homeHelp.setServiceType("11");
        MonthOverview.File withdrawActual = file("DLTJSK", "202502", P1, CARE, "20250304170000", List.of(homeHelp));
        Pair actualWithdrawn = MonthOverview.of(List.of(plan, withdrawB, actualA, withdrawActual), "202502").get(0);
        assertEquals(Status.DIFFERS, actualWithdrawn.status());
        assertEquals(1, actualWithdrawn.comparison().summaries().get(0).missing());
        homeHelp.setServiceType("15");
        assertEquals(Status.MATCHES, MonthOverview.of(List.of(plan, withdrawB, actualA, withdrawActual), "202502").get(0).status(),
                "another kind's deletion");

        // a deletion that could not be read: the comparison is not the month's
        assertEquals(Status.UNREAD, MonthOverview.of(List.of(plan, file("DLTPLAN", "202502", CARE, P1, "20250201090000", null), actualA),
                "202502").get(0).status());
    }

    @Test
    void aFileNotReadWholeMakesItsPairUnread() {
        List<MonthOverview.File> files = List.of(file("UPPLAN", "202502", CARE, P1, "20250125090000", List.of(visit(A, "03", HOME_HELP, P1))),
                file("UPJSK", "202502", P1, CARE, "20250303170000", null));

        assertEquals(Status.UNREAD, MonthOverview.of(files, "202502").get(0).status());
    }

    /**
     * Under 4.x names each サービス種類 of a provider is a pair of its own; a 3.2-named side pairs with the one group of the
     * other side between the same offices (as the views pair names).
     */
    @Test
    void underNamesWithAKindEachKindIsAPair() {
        List<ServiceUseRow> plan = List.of(visit(A, "03", HOME_HELP, P1), visit(A, "05", DAY_CARE, P1));
        List<MonthOverview.File> files = List.of(
                file("UPPLAN", "202504", CARE, "43", P1, "11", "20250325090000", plan),
                file("UPPLAN", "202504", CARE, "43", P1, "15", "20250325090000", plan),
                file("UPJSK", "202504", P1, "11", CARE, "43", "20250503170000", List.of(visit(A, "03", HOME_HELP, P1))),
                file("UPPLAN", "202504", CARE, P2, "20250325090000", List.of(visit(B, "04", HOME_HELP, P2))),
                file("UPJSK", "202504", P2, "11", CARE, "43", "20250503170000", List.of(visit(B, "04", HOME_HELP, P2))));

        List<Pair> pairs = MonthOverview.of(files, "202504");

        assertEquals(List.of(P1 + "/11", P1 + "/15", P2 + "/11"), pairs.stream().map(pair -> pair.provider() + "/" + pair.kind()).toList());
        assertEquals(List.of(Status.MATCHES, Status.NO_ACTUAL, Status.MATCHES), pairs.stream().map(Pair::status).toList());
        assertEquals(1, pairs.get(0).comparison().notConcerned(), "P1's day care is the other kind's");
        assertEquals(1, pairs.get(2).plans().size(), "the 3.2-named 予定 pairs with the 4.x-named 実績");
    }
}
