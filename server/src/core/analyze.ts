import { findAttributions } from './attributions';
import { findDates, statedMonth } from './dates';
import { statedDocumentDate } from './dateline';
import { parseDocument } from './document';
import { findEntities } from './entities';
import { buildEvents } from './events';
import { tagDocument } from './nlp';
import { runRules } from './rules';
import type { Analysis, AnalysisOptions, AnchorSource } from './types';

/**
 * The whole analysis of one document version: text and options in, spans with UTF-16
 * offsets out. Pure and synchronous; every feature reads from this one result.
 */
export function analyze(text: string, options: AnalysisOptions = {}): Analysis {
  const document = parseDocument(text, { markdown: options.markdown });
  let published: string | null = null;
  let anchor: AnchorSource = 'none';
  if (document.frontMatter.published) {
    published = document.frontMatter.published;
    anchor = 'front-matter';
  } else if (options.published && options.publishedSource !== 'file-time') {
    published = options.published;
    anchor = 'option';
  } else {
    // The date the text states for itself ("PITTSBURGH, Aug. 1, 2024 /PRNewswire/ --") before the file's modification time.
    const stated = statedDocumentDate(text, document.frontMatter.span ? document.frontMatter.span.end : 0);
    if (stated) {
      published = stated.date;
      anchor = 'dateline';
    } else if (options.published && !statedMonth(text, document.frontMatter.span ? document.frontMatter.span.end : 0)) {
      // (A month the text dates itself by, "March 2019" under the headline, outranks when the file was last saved.)
      published = options.published;
      anchor = 'file-time';
    }
  }
  const terms = tagDocument(document);
  const dates = findDates(document, published);
  const entities = findEntities(document, terms, options.knownNames);
  const attributions = findAttributions(document, terms, entities);
  const diagnostics = runRules({ document, terms, entities, dates, attributions, published, anchor });
  const events = buildEvents(document, dates, entities, attributions);
  return { document, published, anchor, entities, dates, attributions, diagnostics, events };
}
