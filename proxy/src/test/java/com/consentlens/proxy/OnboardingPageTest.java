package com.consentlens.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnboardingPageTest {
    @ParameterizedTest
    @CsvSource({
            "/, true",
            "/ca.pem, true",
            "http://consentlens.local/, true",
            "http://ConsentLens.Local/ca.crt, true",
            "http://ulogs.umeng.com/, false",
            "http://consentlens.local.evil.example/, false"})
    void isFor_onboardingHostOrOriginForm(String uri, boolean expected) {
        assertThat(OnboardingPage.isFor(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri))).isEqualTo(expected);
    }
}
