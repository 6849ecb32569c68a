package com.consentlens.app.demo;

/**
 * Where the simulated app is in its life when a request leaves the phone. The order is the order of the
 * script: the app starts and SDKs fire before the user has seen the privacy policy, the user accepts, later
 * the app goes to the background, and at last the user withdraws consent. The app places its consent and background markers between stages.
 */
public enum Stage {
    /** App launched, privacy dialog still on screen: anything personal sent now is 私自收集 (337号). */
    BEFORE_CONSENT,
    /** The user tapped "agree"; SDKs initialised after consent. */
    AFTER_CONSENT,
    /** The user pressed Home; the app keeps running (164号文 forbids collection that is not needed now). */
    BACKGROUND,
    /** The user came back and withdrew consent in the app's settings; SDKs initialised earlier keep sending. */
    AFTER_WITHDRAWAL
}
