package com.consentlens.model;

/**
 * The SDK a finding's destination host belongs to, as the findings contract shows it
 * ({@code {"id":…,"name":…,"nameZh":…}}). When a host pattern is shared by several SDKs of one vendor,
 * {@code ambiguous} is true and {@code id} names the vendor level (for example {@code vendor:Meta}).
 */
public record SdkAttribution(String id, String name, String nameZh, String vendor, boolean ambiguous) {

    public static SdkAttribution of(Sdk sdk) {
        return new SdkAttribution(sdk.id(), sdk.nameEn(), sdk.displayNameZh(), sdk.vendor(), false);
    }
}
