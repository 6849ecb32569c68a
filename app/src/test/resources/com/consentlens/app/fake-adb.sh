#!/bin/sh
# Stands in for Android's adb in tests: answers as a phone would, from FAKE_ADB_DEVICES ("serial state" lines).
case "$1" in
  devices)
    echo "List of devices attached"
    printf '%s\n' "$FAKE_ADB_DEVICES" | sed 's/ /\t/'
    exit 0 ;;
  -s) shift 2 ;;
esac
[ "$1" = "shell" ] || { echo "error: unknown command $*" >&2; exit 1; }
shift
case "$*" in
  "settings get secure android_id") echo "3c2f8a9b1d4e5f60" ;;
  "getprop ro.serialno") echo "R58N12345AB" ;;
  "getprop ro.product.model") echo "M2012K11AC" ;;
  "cat /sys/class/net/wlan0/address") echo "cat: /sys/class/net/wlan0/address: Permission denied" >&2; exit 1 ;;
  "dumpsys location") printf 'Location Manager State:\n  Last Known Locations:\n    passive: Location[network 39.904211,116.407395 hAcc=21 et=+2d3h mock]\n' ;;
  "content query --uri content://com.android.contacts/data/phones --projection display_name:data1")
    printf 'Row: 0 display_name=张三, data1=139 0000 1111\nRow: 1 display_name=Li, Si, data1=(010) 1234-5678\nRow: 2 display_name=张三, data1=+86 139-0000-2222\nRow: 3 display_name=Bad, data1=call me\n' ;;
  "content query --uri content://com.android.contacts/data/emails --projection display_name:data1")
    printf 'Row: 0 display_name=张三, data1=zhangsan@example.com\n' ;;
  "service call iphonesubinfo 1")
    printf "Result: Parcel(\n  0x00000000: 00000000 0000000f 00390034 00310030 '........4.9.0.1.'\n  0x00000010: 00340035 00300032 00320033 00370033 '5.4.2.0.3.2.3.7.'\n  0x00000020: 00310035 00000038                   '5.1.8...        ')\n" ;;
  "dumpsys wifi")
    printf 'Wi-Fi is enabled\nmWifiInfo SSID: "Lab-5G", BSSID: 5c:02:14:a8:3b:7f, MAC: 02:00:00:00:00:00, Supplicant state: COMPLETED\nLatest scan results:\n  a4:56:02:11:22:33  2437  -70  [ESS]  CMCC\n' ;;
  "pm list packages -3") printf 'package:com.tencent.mm\r\npackage:com.eg.android.AlipayGphone\r\npackage:com.taobao.taobao\r\n' ;;
  *) echo "/system/bin/sh: $1: inaccessible or not found" >&2; exit 127 ;;
esac
