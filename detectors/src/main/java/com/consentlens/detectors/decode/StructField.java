package com.consentlens.detectors.decode;

/**
 * One value of the top struct of a schema-less binary encoding ({@link ThriftReader}, {@link JceReader}): its
 * path, the name detectors read it under (a field number, or a map's string key), its bytes (a number as
 * decimal text), and what it is. A nested struct is handed out whole, to be read again as a struct of its own.
 */
record StructField(String path, String name, byte[] bytes, boolean number, boolean struct) {
}
