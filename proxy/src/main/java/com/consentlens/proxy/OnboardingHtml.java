package com.consentlens.proxy;

/** The onboarding page's markup: self-contained (no external CSS, scripts or fonts), Chinese and English. */
final class OnboardingHtml {
    private OnboardingHtml() {
    }

    static String render(String fingerprint, String subjectHashOld) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>ConsentLens 证书安装 / Certificate setup</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:42rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
                a.button{display:inline-block;margin:.3rem .5rem .3rem 0;padding:.6rem 1rem;border-radius:.4rem;
                background:#1f6feb;color:#fff;text-decoration:none}
                code{background:#f0f0f0;padding:0 .2rem;word-break:break-all}
                .en{color:#555}
                </style></head><body>
                <h1>ConsentLens 根证书 <span class="en">/ Root certificate</span></h1>
                <p>安装此证书后，ConsentLens 才能检查本机应用的 HTTPS 流量。仅在测试手机上安装。<br>
                <span class="en">Install this certificate so ConsentLens can inspect this phone's HTTPS traffic.
                Install it on test phones only.</span></p>
                <p><a class="button" href="/ca.crt">下载证书 Download (.crt, DER)</a>
                <a class="button" href="/ca.pem">下载证书 Download (.pem)</a></p>
                <p>SHA-256 指纹 / fingerprint:<br><code>%s</code></p>
                <h2>Android</h2>
                <ol>
                <li>下载 <code>.crt</code>，然后打开 设置 → 安全 → 加密与凭据 → 安装证书 → CA 证书。<br>
                <span class="en">Download the <code>.crt</code>, then Settings → Security → Encryption &amp; credentials
                → Install a certificate → CA certificate.</span></li>
                <li>Android 7 及以上版本中，应用只有在 <code>network_security_config</code> 声明信任用户证书时才会信任它；
                否则该应用的流量会显示为“盲区”。<br>
                <span class="en">On Android 7+, apps trust user CAs only if their <code>network_security_config</code>
                opts in; otherwise their hosts show up as blind spots.</span></li>
                <li>已 root 的手机或模拟器：将证书作为系统证书 <code>%s.0</code> 放入
                <code>/system/etc/security/cacerts/</code>（权限 644）。<br>
                <span class="en">Rooted phones and emulators: install it as the system CA file <code>%s.0</code> in
                <code>/system/etc/security/cacerts/</code> (mode 644), e.g. with
                <code>consentlens ca export --android-system</code>.</span></li>
                </ol>
                <h2>iOS</h2>
                <ol>
                <li>用 Safari 打开本页并下载证书，允许下载描述文件。<br>
                <span class="en">Open this page in Safari, download the certificate and allow the profile download.</span></li>
                <li>设置 → 通用 → VPN 与设备管理 → 安装该描述文件。<br>
                <span class="en">Settings → General → VPN &amp; Device Management → install the profile.</span></li>
                <li>设置 → 通用 → 关于本机 → 证书信任设置 → 对 ConsentLens CA 启用完全信任。<br>
                <span class="en">Settings → General → About → Certificate Trust Settings → enable full trust for the
                ConsentLens CA.</span></li>
                </ol>
                <p class="en">测试结束后请删除此证书。 / Remove the certificate when testing is done.</p>
                </body></html>
                """.formatted(fingerprint, subjectHashOld, subjectHashOld);
    }
}
