/**
 * Bytes a string takes in UTF-8, without encoding it: both Excel hosts estimate request sizes with it
 * (Excel on the web refuses requests over 5 MB), on every sync, so it must not allocate.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
