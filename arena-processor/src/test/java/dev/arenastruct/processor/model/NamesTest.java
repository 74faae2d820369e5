package dev.arenastruct.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "id, ID",
        "bidPrice, BID_PRICE",
        "bid_price, BID_PRICE",
        "HTTPServer, HTTP_SERVER",
        "parseURL, PARSE_URL",
        "price2, PRICE2",
        "level2Bid, LEVEL2_BID",
        "x, X",
        "X, X",
        "_hidden, _HIDDEN",
        "a$b, A$B",
        "größe, GRÖSSE",
    })
    void offsetConstantIsUpperSnakeCase(String field, String expected) {
        assertEquals(expected, Names.upperSnake(field));
        assertEquals(expected + "_OFFSET", Names.offsetConstant(field));
    }

    @ParameterizedTest
    @CsvSource({"TradeEvent, TradeEventFlyweight", "Outer.Inner, Outer_InnerFlyweight", "A.B.C, A_B_CFlyweight"})
    void flyweightNameJoinsNestedNamesWithUnderscores(String nested, String expected) {
        assertEquals(expected, Names.flyweightName(List.of(nested.split("\\."))));
    }
}
