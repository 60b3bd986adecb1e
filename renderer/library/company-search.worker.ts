/// <reference lib="webworker" />
import {
  createCompanySearchService,
  type CompanySearchRequest,
} from '../../shared/mapping/company-search-protocol';

/**
 * The company processes' word index, off the page's thread: building it over 5,000 processes
 * takes most of a second, which on the main thread held up the first keystroke after every
 * catalogue edit. Indexes each catalogue version it is sent and answers queries in order.
 */
const handle = createCompanySearchService();

self.onmessage = (event: MessageEvent<CompanySearchRequest>) => {
  const reply = handle(event.data);
  if (reply) self.postMessage(reply);
};
