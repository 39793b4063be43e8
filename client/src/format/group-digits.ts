/** "12345678901" → "1234 5678 901": long numbers are typed from the screen into a banking app. */
export function groupDigits(value: string): string {
  return /^\d{9,}$/.test(value) ? value.replace(/(\d{4})(?=\d)/g, '$1 ') : value;
}
