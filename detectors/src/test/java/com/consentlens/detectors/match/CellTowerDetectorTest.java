package com.consentlens.detectors.match;

import com.consentlens.detectors.DetectionEngine;
import com.consentlens.model.Exchange;
import com.consentlens.model.PiiType;
import com.consentlens.model.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.consentlens.detectors.Fixtures.catalog;
import static com.consentlens.detectors.Fixtures.get;
import static com.consentlens.detectors.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cell towers through the whole engine: each row is a request in a cell format SDKs and location APIs send,
 * and the cells expected from it as {@code value @ path}. The value is the cell global identity when the
 * country and operator codes are beside the cell, so the same cell reads the same whatever the format.
 */
class CellTowerDetectorTest {
    private final DetectionEngine engine = new DetectionEngine(Profile.EMPTY, catalog());

    static Stream<Arguments> requests() {
        return Stream.of(
                // Baidu location's bloc parameters: cl is the serving cell, clt the cell list with its type and age
                Arguments.of("baidu cl and clt", post("https://loc.map.baidu.com/sdk.php", "bloc="
                                + "%26cl%3D460%7C1%7C4513%7C22093311%26clt%3D460%7C1%7C4513%7C22093311%7C1%3B10%26os%3Dandroid",
                                "Content-Type", "application/x-www-form-urlencoded"),
                        List.of("460-1-4513-22093311 @ form.bloc>form.cl", "460-1-4513-22093311 @ form.bloc>form.clt")),
                Arguments.of("google cellTowers", post("https://www.googleapis.com/geolocation/v1/geolocate",
                                "{\"cellTowers\":[{\"cellId\":22093311,\"locationAreaCode\":4513,\"mobileCountryCode\":460,"
                                        + "\"mobileNetworkCode\":0},{\"cellId\":22093312,\"locationAreaCode\":4513}]}"),
                        List.of("460-0-4513-22093311 @ $.cellTowers[0].{locationAreaCode,cellId}",
                                "4513-22093312 @ $.cellTowers[1].{locationAreaCode,cellId}")),
                // Android's CellIdentityLte field names, numbers written as strings, the operator code zero-padded
                Arguments.of("lte identity as strings", post("https://log.example.net/env",
                                "{\"cell\":{\"mcc\":\"460\",\"mnc\":\"00\",\"tac\":\"6188\",\"ci\":\"123456789\",\"pci\":\"301\"}}"),
                        List.of("460-0-6188-123456789 @ $.cell.{tac,ci}")),
                // 5G: a 24-bit tracking area code and a 36-bit NR cell identity
                Arguments.of("nr identity", post("https://log.example.net/env",
                                "{\"nr\":{\"tac\":1234567,\"nci\":12884901890}}"),
                        List.of("1234567-12884901890 @ $.nr.{tac,nci}")),
                Arguments.of("cdma sid nid bid", post("https://log.example.net/env",
                                "{\"cdma\":{\"sid\":13824,\"nid\":1,\"bid\":4371,\"lat\":0}}"),
                        List.of("13824-1-4371 @ $.cdma.{sid,nid,bid}")),
                Arguments.of("query lac and cid", get("https://lbs.example.cn/loc?mcc=460&mnc=1&lac=4513&cid=22093311&t=1"),
                        List.of("460-1-4513-22093311 @ query.{lac,cid}")),
                Arguments.of("amap bts, mnc written 01", get("https://apilocate.amap.com/position?bts=460,01,40977,2205409,-65"),
                        List.of("460-1-40977-2205409 @ query.bts")),
                Arguments.of("cgi written with dashes", post("https://log.example.net/env", "{\"cgi\":\"460-00-4513-22093311\"}"),
                        List.of("460-0-4513-22093311 @ $.cgi")),
                Arguments.of("a neighbour list under a cell name", post("https://log.example.net/env",
                                "{\"neighbor_cells\":\"460_0_4513_22093311;460_0_4513_22093312\"}"),
                        List.of("460-0-4513-22093311 @ $.neighbor_cells", "460-0-4513-22093312 @ $.neighbor_cells")),
                Arguments.of("cdma in a list of cells, and spelt out", post("https://log.example.net/env",
                                "{\"cells\":[{\"sid\":13824,\"nid\":1,\"bid\":4371}],\"bs\":{\"systemId\":13824,"
                                        + "\"networkId\":1,\"baseStationId\":4372}}"),
                        List.of("13824-1-4371 @ $.cells[0].{sid,nid,bid}", "13824-1-4372 @ $.bs.{systemId,networkId,baseStationId}")),
                // an ad request's slot, news and bid ids are not a CDMA cell
                Arguments.of("negative: sid, nid and bid of an ad request", post("https://ads.example.net/req",
                                "{\"imp\":{\"sid\":123,\"nid\":1,\"bid\":4567},\"sid\":7,\"nid\":2,\"bid\":9}"),
                        List.of()),
                // String.valueOf(getAllCellInfo()): AOSP's toString of each CellInfo and its CellIdentity; the
                // neighbour Android knows nothing of (2147483647) is no cell
                Arguments.of("android's own text of the cell list", post("https://log.example.net/env",
                                "{\"cell_info\":\"[CellInfoLte:{mRegistered=YES mTimeStamp=4521ns mCellConnectionStatus=1 "
                                        + "CellIdentityLte:{ mCi=123456789 mPci=301 mTac=6188 mEarfcn=1300 mBands=[3] "
                                        + "mBandwidth=2147483647 mMcc=460 mMnc=00 mAlphaLong=CHINA MOBILE mAlphaShort=CMCC "
                                        + "mAdditionalPlmns={} mCsgInfo=null} CellSignalStrengthLte: rssi=-71 rsrp=-98 rsrq=-9 "
                                        + "rssnr=2147483647 level=3}, CellInfoLte:{mRegistered=NO CellIdentityLte:{ mCi=2147483647 "
                                        + "mPci=12 mTac=2147483647 mMcc=null mMnc=null}}, CellInfoGsm:{mRegistered=NO "
                                        + "CellIdentityGsm:{ mLac=4513 mCid=22093311 mArfcn=2147483647 mBsic=0x7fffffff mMcc=460 "
                                        + "mMnc=01 mAlphaLong=null}}]\"}"),
                        List.of("460-0-6188-123456789 @ $.cell_info", "460-1-4513-22093311 @ $.cell_info")),
                Arguments.of("android's text of an nr and a cdma identity", post("https://log.example.net/env",
                                "{\"cellInfo\":\"CellIdentityNr:{ mPci = 301 mTac = 1234567 mNrArfcn = 504990 mBands = [41] "
                                        + "mMcc = 460 mMnc = 00 mNci = 12884901890 mAlphaLong = CMCC}\",\"cellLocation\":"
                                        + "\"CellIdentityCdma:{ mNetworkId=1 mSystemId=13824 mBasestationId=4371 "
                                        + "mLongitude=2147483647 mLatitude=2147483647 mAlphaLong=null}\"}"),
                        List.of("460-0-1234567-12884901890 @ $.cellInfo", "13824-1-4371 @ $.cellLocation")),
                // Gson writes Android's CellIdentityLte with its field names
                Arguments.of("gson of a cell identity", post("https://log.example.net/env",
                                "{\"identity\":{\"mCi\":123456789,\"mPci\":301,\"mTac\":6188,\"mMccStr\":\"460\","
                                        + "\"mMncStr\":\"00\"}}"),
                        List.of("460-0-6188-123456789 @ $.identity.{mTac,mCi}")),
                // an area code without a cell, a cell without an area, zeros, a country code no network has
                Arguments.of("negative: half a cell, zeros, no such country", post("https://log.example.net/env",
                                "{\"a\":{\"lac\":4513},\"b\":{\"cid\":22093311},\"c\":{\"lac\":0,\"cid\":0},"
                                        + "\"cl\":\"999,0,4513,22093311\",\"cgi\":\"46000,4513,22093311\","
                                        + "\"d\":{\"tac\":4513.5,\"ci\":\"0x15123\"}}"),
                        List.of()),
                // the same tuple under a name that says nothing about cells is a list of numbers
                Arguments.of("negative: tuple under an unrelated name", post("https://log.example.net/env",
                                "{\"sizes\":\"460,0,4513,22093311\",\"version\":\"460.1.4513.22093311\"}"),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void detect_findsEachCell(String name, Exchange exchange, List<String> expected) {
        assertThat(engine.detect(exchange).findings())
                .filteredOn(f -> f.pii() == PiiType.CELL)
                .extracting(f -> f.value() + " @ " + f.path())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** 0: nothing for this detector; 1: a member of a cell object; 2: a name whose text may hold cell tuples. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "lac, 1", "locationAreaCode, 1", "tac, 1", "cellId, 1", "cid, 1", "ci, 1", "nci, 1", "mcc, 1", "mnc, 1",
            "sid, 1", "bid, 1", "bts, 2", "nearbts, 2", "cl, 2", "clt, 2", "cgi, 2", "cell_info, 2", "cellTowers, 2",
            "base_station, 2", "contact, 0", "class, 0", "client_id, 0", "bssid, 0",
    })
    void groupKeyFacts_sortNamesOnce(String name, int facts) {
        assertThat(new CellTowerDetector().groupKeyFacts(name)).isEqualTo(facts);
    }
}
