import type { Locale } from '../../model';
import { enUS } from './en-US';
import type { Phrasebook } from './phrasebook';
import { zhCN } from './zh-CN';

export type { Phrasebook, Statement } from './phrasebook';

export function phrasebookFor(locale: Locale): Phrasebook {
  return locale === 'en-US' ? enUS : zhCN;
}
