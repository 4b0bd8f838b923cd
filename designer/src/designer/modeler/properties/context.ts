import type { MessageKey } from '../../../i18n/catalog';
import type { Capabilities } from '../../api';

/**
 * What the properties panel needs from the app, handed to the modeler as `config.wdms`: the translations (read
 * on every render, so a language switch shows at the next selection) and the server's capabilities.
 */
export interface DesignerContext {
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  capabilities: Capabilities | null;
}
