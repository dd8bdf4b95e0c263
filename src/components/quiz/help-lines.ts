/** A helpline as the quiz's end screen shows it (from src/data/helplines.json). */
export interface HelpLine {
  name: string;
  phone?: string;
  web?: string;
}
