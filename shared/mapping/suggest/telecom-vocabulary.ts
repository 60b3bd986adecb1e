/**
 * A curated telecom vocabulary: what operators call things (`say`) and the words the
 * framework uses for them (`means`). Our own words, written from common telecom practice;
 * no TM Forum text. Every `means` word exists in the GB921 v25.5 pack's names (a unit test
 * checks it), so an expansion can always land on a real process.
 *
 * Phrases are matched on whole words after the same folding and stemming as the index
 * (`Dunning letters` matches `dunning`; `port-in` matches `port in`). A `say` phrase that is
 * itself framework wording (e.g. `provisioning`) still helps: it adds the related words.
 * Keep entries small and specific: a broad word here pulls many processes up at once.
 */

/** One entry: operator wording on the left, framework wording on the right. */
export interface VocabularyEntry {
  readonly say: readonly string[];
  readonly means: readonly string[];
}

// One entry per line reads as a glossary, so Prettier leaves this list as written.
// prettier-ignore
export const TELECOM_VOCABULARY: readonly VocabularyEntry[] = [
  // --- Assurance: faults, tickets, alarms, quality -------------------------------------
  { say: ['trouble ticket', 'fault ticket', 'ticket', 'tickets', 'ticketing'], means: ['problem', 'trouble', 'trouble report'] },
  { say: ['fault', 'faults', 'failure', 'breakdown', 'malfunction', 'defect'], means: ['trouble', 'problem', 'fault'] },
  { say: ['incident', 'incidents'], means: ['problem', 'trouble'] },
  { say: ['outage', 'outages', 'downtime', 'service interruption', 'service disruption'], means: ['problem', 'outage', 'restoration'] },
  { say: ['repair', 'fix', 'restore', 'break fix'], means: ['repair', 'restoration', 'correct', 'resolve'] },
  { say: ['triage'], means: ['triage', 'categorize', 'prioritize', 'survey analyze'] },
  { say: ['root cause analysis', 'rca', 'root cause'], means: ['root cause', 'diagnose', 'diagnostics'] },
  { say: ['alarm', 'alarms', 'alert', 'alerts', 'fault management', 'event management'], means: ['alarm', 'event', 'notification'] },
  { say: ['noc', 'network operations centre', 'network operations center', 'network operations'], means: ['resource trouble', 'alarm', 'resource performance'] },
  { say: ['network', 'networks', 'network element', 'network elements', 'infrastructure'], means: ['resource', 'network'] },
  { say: ['cell site', 'cell sites', 'site', 'sites', 'tower', 'towers', 'antenna', 'base station', 'radio'], means: ['resource'] },
  { say: ['router', 'routers', 'switch', 'switches', 'fibre', 'fiber', 'cable', 'equipment', 'hardware', 'node'], means: ['resource'] },
  { say: ['kpi', 'kpis', 'key performance indicator', 'key performance indicators', 'metrics'], means: ['performance', 'measure', 'indicator'] },
  { say: ['qos', 'quality of service', 'service quality'], means: ['qos', 'quality', 'performance'] },
  { say: ['sla', 'slas', 'service level agreement', 'service level', 'service levels'], means: ['sla', 'qos'] },
  { say: ['breach', 'breaches', 'penalty', 'penalties'], means: ['violation'] },
  { say: ['degradation', 'slowness', 'congestion', 'latency'], means: ['performance degradation', 'degradation'] },
  { say: ['dashboard', 'dashboards', 'scorecard', 'scorecards'], means: ['report', 'reporting', 'performance'] },
  { say: ['monitoring', 'surveillance', 'supervision'], means: ['monitor'] },
  { say: ['preventive maintenance', 'planned maintenance', 'maintenance window'], means: ['preventive maintenance', 'schedules'] },
  { say: ['field engineer', 'field engineers', 'field technician', 'field technicians', 'technician', 'technicians', 'engineer dispatch', 'truck roll', 'field force', 'field service'], means: ['field workforce', 'work order'] },
  { say: ['appointment', 'appointments', 'booking', 'slot'], means: ['appointments', 'schedule'] },
  { say: ['dispatch', 'dispatching'], means: ['assign', 'schedule', 'work order'] },
  { say: ['installer', 'installers', 'installation', 'install', 'installations'], means: ['implement', 'work order', 'field workforce'] },
  { say: ['line test', 'loop test', 'line testing'], means: ['test'] },
  { say: ['escalation', 'escalations'], means: ['escalate'] },
  { say: ['complaint', 'complaints'], means: ['problem', 'inquiry', 'interaction'] },
  { say: ['known error', 'workaround', 'work around'], means: ['workaround', 'known'] },

  // --- Fulfilment: orders, provisioning, activation -------------------------------------
  { say: ['provisioning', 'provision', 'provisioned'], means: ['activation', 'configure', 'provisioning'] },
  { say: ['activation', 'go live', 'turn up', 'turn-up', 'switch on', 'enablement'], means: ['activate', 'activation'] },
  { say: ['configuration', 'config', 'set up', 'setup'], means: ['configure', 'configuration'] },
  { say: ['order entry', 'order intake', 'order capture', 'order taking', 'sales order'], means: ['capture', 'order', 'placement'] },
  { say: ['fallout', 'stuck order', 'stuck orders', 'order exceptions'], means: ['fallout', 'jeopardy'] },
  { say: ['order tracking', 'order status', 'order progress'], means: ['track', 'status'] },
  { say: ['macd', 'moves adds changes', 'change order', 'modify order'], means: ['change', 'modify'] },
  { say: ['serviceability', 'coverage check', 'site survey', 'pre order', 'pre-order', 'availability check'], means: ['feasibility', 'preorder', 'availability'] },
  { say: ['credit check', 'credit vetting', 'credit scoring', 'creditworthiness', 'credit risk'], means: ['risk', 'customer risk'] },
  { say: ['port in', 'port out', 'porting', 'number porting', 'mnp', 'lnp', 'ported'], means: ['number portability', 'port'] },
  { say: ['msisdn', 'phone number', 'phone numbers', 'numbering', 'number range'], means: ['number', 'resource'] },
  { say: ['sim', 'sims', 'sim card', 'esim', 'imsi'], means: ['resource', 'card'] },
  { say: ['ip address', 'ip addresses', 'vlan', 'ip addressing'], means: ['resource', 'parameter', 'allocate'] },
  { say: ['cpe', 'customer premises equipment', 'modem', 'set top box', 'set-top box', 'handset', 'handsets', 'device', 'devices'], means: ['resource'] },
  { say: ['logistics', 'courier', 'shipping', 'delivery of devices', 'shipment'], means: ['shipment', 'shipping', 'logistics'] },
  { say: ['rma', 'returns', 'return merchandise'], means: ['returns', 'return'] },
  { say: ['warehouse', 'spare parts', 'spares', 'stockroom'], means: ['warehouse', 'warehousing', 'spares', 'stock'] },
  { say: ['decommissioning', 'decommission', 'ceasing', 'cease', 'disconnection', 'disconnect', 'deactivation'], means: ['decommission', 'terminate', 'termination', 'remove'] },
  { say: ['order orchestration', 'decomposition', 'order decomposition'], means: ['orchestrate', 'issue service orders', 'orchestration'] },

  // --- Billing, charging, payments, collections ----------------------------------------
  { say: ['billing', 'invoicing', 'bill run', 'bill runs', 'billing run'], means: ['bill', 'invoice', 'billing'] },
  { say: ['bill run', 'billing cycle', 'bill cycle', 'bill production'], means: ['bill production cycle', 'billing cycle', 'production run'] },
  { say: ['bill print', 'invoice printing', 'printing', 'mailing', 'print shop', 'paper bill'], means: ['produce distribute bill', 'paper envelope', 'physical production'] },
  { say: ['e-bill', 'ebill', 'e bill', 'electronic bill', 'paperless', 'online bill', 'pdf invoice'], means: ['electronic invoice', 'deliver invoice'] },
  { say: ['dunning', 'reminder letter', 'reminder letters', 'arrears', 'late payment', 'late payments', 'past due'], means: ['debt collection', 'overdue invoice', 'debt recovery'] },
  { say: ['collections', 'collection agency', 'bad debt', 'debt recovery', 'write off', 'write-off'], means: ['debt collection', 'debt', 'write off', 'aged debt'] },
  { say: ['direct debit', 'card payment', 'card payments', 'payment processing', 'payment posting', 'cash allocation', 'remittance', 'payment gateway'], means: ['payment', 'collect payment', 'reconcile payment'] },
  { say: ['payment matching', 'cash matching', 'unapplied cash'], means: ['reconcile payment', 'unapplied'] },
  { say: ['refund', 'refunds', 'credit note', 'credit notes', 'goodwill credit', 'bill correction'], means: ['adjustment', 'rebates', 'overpayment'] },
  { say: ['dispute', 'disputes', 'bill dispute', 'billing dispute', 'bill query', 'billing query', 'billing enquiry', 'bill shock', 'wrong bill'], means: ['bill inquiry', 'dispute', 'adjustment'] },
  { say: ['enquiry', 'enquiries', 'query', 'queries'], means: ['inquiry'] },
  { say: ['rating', 'rate', 'charging', 'charge', 'charges', 'online charging', 'ocs'], means: ['rating', 'rate', 'usage'] },
  { say: ['prepaid', 'pre-paid', 'top up', 'top-up', 'topup', 'recharge', 'voucher', 'vouchers', 'wallet', 'airtime'], means: ['balance', 'product balance'] },
  { say: ['postpaid', 'post-paid', 'billing account', 'customer account'], means: ['billing account', 'account'] },
  { say: ['cdr', 'cdrs', 'call detail record', 'call detail records', 'xdr', 'edr', 'usage data', 'usage events', 'usage event'], means: ['usage records', 'usage'] },
  { say: ['mediation', 'cdr collection', 'usage collection'], means: ['mediation', 'mediate', 'usage records'] },
  { say: ['discount', 'discounts', 'promotion', 'promotions', 'promo', 'promos', 'coupon'], means: ['discount', 'promotion', 'rebates'] },
  { say: ['tariff', 'tariffs', 'tariff plan', 'price plan', 'price plans', 'rate plan', 'rate plans', 'price list', 'price book'], means: ['pricing', 'product offering', 'price'] },
  { say: ['bundle', 'bundles', 'proposition', 'propositions', 'offer', 'offers'], means: ['product offering', 'offering', 'package'] },
  { say: ['revenue assurance', 'leakage', 'revenue leakage', 'ra'], means: ['revenue assurance', 'revenue', 'assurance'] },
  { say: ['fraud', 'sim box', 'simbox', 'subscription fraud', 'bypass fraud', 'irsf'], means: ['fraud'] },
  { say: ['interconnect', 'interconnection', 'inter operator', 'inter-operator', 'carrier billing', 'wholesale billing'], means: ['interconnect', 'carrier', 'bp billing'] },
  { say: ['roaming', 'tap files', 'inbound roaming', 'outbound roaming'], means: ['roaming', 'bp billing', 'clearing'] },
  { say: ['settlement', 'settlements', 'reconciliation', 'clearing', 'netting'], means: ['settlement', 'reconciliation', 'netting'] },
  { say: ['revenue share', 'revenue sharing', 'rev share', 'content partner'], means: ['revenue sharing', 'revenue share', 'content'] },
  { say: ['commission', 'commissions', 'incentive', 'incentives', 'bonus'], means: ['commissions', 'compensation', 'remuneration'] },
  { say: ['accounts payable', 'supplier invoices', 'vendor invoices'], means: ['accounts payable', 'receive bill invoice', 'supplier billing'] },
  { say: ['accounts receivable', 'receivable', 'receivables'], means: ['receivables'] },
  { say: ['general ledger', 'ledger', 'bookkeeping', 'book keeping', 'gl', 'month end close', 'year end close'], means: ['general accounting', 'accounting', 'finalize accounts'] },
  { say: ['budget', 'budgets', 'budgeting', 'annual budget', 'opex', 'cost control'], means: ['budgets', 'budgeting', 'financial resources'] },
  { say: ['capex', 'investment', 'investments', 'business case'], means: ['capital investment', 'investment', 'business case'] },
  { say: ['tax', 'taxes', 'vat', 'tax return', 'tax filing'], means: ['tax', 'regulatory tax accounting'] },
  { say: ['treasury', 'cash', 'cash management', 'liquidity', 'banking'], means: ['treasury', 'cash flow', 'liquidity'] },
  { say: ['payroll', 'salary', 'salaries', 'wages', 'pay slips'], means: ['payroll', 'compensation', 'remuneration'] },
  { say: ['fixed assets', 'asset register', 'depreciation'], means: ['fixed assets', 'asset'] },

  // --- Customers: care, retention, data, privacy ---------------------------------------
  { say: ['churn', 'churners', 'attrition', 'save desk', 'retention campaign', 'defection'], means: ['retention', 'loyalty'] },
  { say: ['win back', 'winback', 'win-back', 'reactivation', 'returning customers', 'lapsed customers'], means: ['re establish customer relationship', 'retention'] },
  { say: ['loyalty', 'rewards', 'reward points', 'loyalty points', 'points', 'loyalty scheme'], means: ['loyalty', 'loyalty program', 'points'] },
  { say: ['kyc', 'know your customer', 'identity check', 'identity checks', 'id check', 'id verification', 'identity verification'], means: ['verify customer', 'customer identity', 'authentication'] },
  { say: ['sign up', 'signup', 'sign-up', 'customer onboarding', 'new customer', 'new customers', 'registration', 'acquisition'], means: ['establish customer relationship', 'customer record', 'acquisition'] },
  { say: ['subscriber', 'subscribers', 'subscription', 'subscriptions', 'consumer', 'consumers', 'end user', 'end users', 'client', 'clients', 'household'], means: ['customer'] },
  { say: ['contact centre', 'contact center', 'call centre', 'call center', 'customer care', 'customer service', 'helpdesk', 'help desk', 'service desk', 'care agents', 'agents', 'call handling', 'inbound calls'], means: ['customer interaction', 'interaction'] },
  { say: ['ivr', 'chat', 'chatbot', 'web portal', 'self service', 'self-service', 'selfcare', 'self care', 'app', 'mobile app', 'portal', 'omnichannel', 'digital channel', 'digital channels'], means: ['self service', 'customer interface', 'interaction'] },
  { say: ['crm'], means: ['customer relationship', 'customer information'] },
  { say: ['customer data', 'customer master data', 'customer master', 'customer profile', 'customer details', 'contact details', 'address change'], means: ['customer data', 'customer record', 'customer information'] },
  { say: ['customer 360', 'single customer view', 'golden record', '360 view'], means: ['unified customer view'] },
  { say: ['nps', 'net promoter', 'csat', 'customer satisfaction', 'survey', 'surveys', 'voice of the customer', 'voc', 'customer feedback'], means: ['customer satisfaction', 'customer experience', 'experience data', 'feedback'] },
  { say: ['customer journey', 'customer journeys', 'cx', 'journey mapping'], means: ['customer experience journey', 'journey'] },
  { say: ['gdpr', 'consent', 'consents', 'data protection', 'opt in', 'opt out', 'right to be forgotten', 'personal data'], means: ['privacy', 'privacy profile', 'pii'] },
  { say: ['contract end', 'customer exit', 'termination', 'cancel contract', 'contract cancellation', 'account closure'], means: ['terminate customer relationship', 'terminate', 'termination'] },
  { say: ['customer notification', 'customer notifications', 'sms notification', 'sms notifications', 'customer communications', 'outbound communication'], means: ['notify customer', 'notification'] },
  { say: ['welcome pack', 'welcome call', 'welcome letter'], means: ['welcome', 'notify customer'] },
  { say: ['customer analytics', 'propensity', 'next best action', 'segmentation model'], means: ['customer analytics', 'customer insight'] },

  // --- Sales, marketing, product ---------------------------------------------------------
  { say: ['leads', 'lead', 'prospects', 'pipeline', 'funnel', 'lead scoring', 'lead qualification'], means: ['lead', 'prospect', 'selling opportunity'] },
  { say: ['quote', 'quotes', 'quotation', 'quotations', 'cpq', 'bid', 'bids', 'rfp response', 'tender response'], means: ['sales proposal', 'proposal'] },
  { say: ['upsell', 'up-sell', 'upselling', 'cross sell', 'cross-sell', 'cross selling', 'cross-selling', 'upgrade', 'upgrades'], means: ['cross up sell', 'sell'] },
  { say: ['sales', 'deal', 'deals', 'closing deals'], means: ['sales', 'selling'] },
  { say: ['dealer network', 'retail network', 'distribution network', 'dealer', 'dealers', 'reseller', 'resellers', 'retail store', 'retail stores', 'shop', 'shops', 'franchise', 'distributor', 'distributors', 'sales agent', 'sales agents', 'indirect channel'], means: ['sales channel', 'channel', 'channel partner'] },
  { say: ['account manager', 'key account', 'key accounts', 'account management'], means: ['sales accounts', 'customer relationship'] },
  { say: ['sales targets', 'sales quota', 'quotas', 'quota'], means: ['sales goals', 'sales performance', 'targets'] },
  { say: ['campaign', 'campaigns', 'email campaign', 'sms campaign', 'direct marketing', 'promotional'], means: ['marketing campaign', 'campaign'] },
  { say: ['advertising', 'advert', 'adverts', 'ads', 'media buying', 'media planning', 'public relations', 'pr', 'social media', 'sponsorship'], means: ['marketing communication', 'communications', 'collateral'] },
  { say: ['branding', 'brand guidelines', 'brand identity', 'logo', 'corporate identity'], means: ['brand', 'brand identity', 'brand image'] },
  { say: ['segmentation', 'customer segments', 'target groups', 'targeting'], means: ['market segments', 'segment'] },
  { say: ['market research', 'consumer research', 'insight studies', 'focus groups', 'competitor analysis', 'competitive intelligence', 'benchmarking'], means: ['market research', 'market information', 'competitive'] },
  { say: ['go to market', 'go-to-market', 'gtm', 'product launch', 'launch'], means: ['launch', 'market strategy', 'introduction'] },
  { say: ['new product introduction', 'npi', 'product design', 'innovation', 'idea'], means: ['product offering development', 'new product', 'ideas'] },
  { say: ['end of sale', 'end-of-sale', 'end of life', 'end-of-life', 'eol', 'sunset', 'sunsetting', 'phase out', 'phase-out', 'withdrawal', 'legacy'], means: ['retirement', 'retire', 'exit', 'discontinue'] },
  { say: ['product catalogue', 'offer catalogue', 'offer catalog', 'catalogue'], means: ['product catalog', 'catalog'] },

  // --- Partners, suppliers, procurement -------------------------------------------------
  { say: ['supplier', 'suppliers', 'vendor', 'vendors', 'third party', 'third parties', '3rd party', 'contractor', 'contractors', 'subcontractor', 'outsourcer', 'wholesale partner', 'wholesale partners', 'wholesaler', 'mvno', 'mvnos', 'ott partner'], means: ['business partner', 'party', 'supplier'] },
  { say: ['wholesale', 'wholesale access', 'leased line', 'leased lines', 'access lines'], means: ['business partner', 'bp'] },
  { say: ['procurement', 'purchasing', 'sourcing', 'buying', 'purchase'], means: ['procurement', 'sourcing', 'purchasing'] },
  { say: ['rfp', 'rfq', 'rfi', 'request for proposal', 'request for quotation', 'vendor selection', 'supplier selection', 'bid evaluation'], means: ['tender', 'sourcing', 'select'] },
  { say: ['contract', 'contracts', 'contracting', 'framework agreement', 'msa'], means: ['agreement', 'contract'] },
  { say: ['purchase order', 'purchase orders', 'po', 'pos'], means: ['business partner order', 'order', 'purchase'] },
  { say: ['partner onboarding', 'supplier onboarding', 'vendor onboarding', 'onboarding'], means: ['onboard', 'on board', 'establish'] },
  { say: ['partner portal', 'supplier portal', 'b2b gateway'], means: ['business partner interaction', 'interface'] },

  // --- Planning, build, inventory -------------------------------------------------------
  { say: ['capacity planning', 'dimensioning', 'traffic forecast', 'traffic forecasting', 'network planning', 'capacity'], means: ['capacity', 'plan', 'forecast'] },
  { say: ['rollout', 'roll out', 'roll-out', 'site build', 'network build', 'build out', 'buildout', 'construction', 'deployment', 'expansion'], means: ['capability delivery', 'deployment', 'rollout'] },
  { say: ['network design', 'solution design', 'technical design'], means: ['design', 'architecture'] },
  { say: ['inventory', 'asset inventory', 'network inventory', 'stock take', 'stocktake', 'discovery'], means: ['inventory', 'discovery'] },
  { say: ['audit', 'audits', 'reconcile', 'reconciling'], means: ['audit', 'reconcile', 'reconciliation'] },
  { say: ['acceptance', 'commissioning', 'handover', 'hand over', 'hand-over'], means: ['acceptance', 'commissioning', 'handover'] },
  { say: ['technology strategy', 'network strategy', 'architecture roadmap', 'roadmap'], means: ['resource strategy', 'roadmap', 'architecture'] },

  // --- Enterprise ---------------------------------------------------------------------------
  { say: ['hr', 'human resources', 'people', 'staff', 'employee', 'employees', 'personnel', 'talent', 'headcount'], means: ['human resources', 'workforce', 'employee'] },
  { say: ['recruitment', 'recruiting', 'hiring', 'hire', 'talent acquisition', 'vacancies', 'job openings'], means: ['recruitment', 'hiring', 'recruit'] },
  { say: ['training', 'e-learning', 'elearning', 'courses', 'course', 'upskilling', 'reskilling'], means: ['training', 'learning', 'train'] },
  { say: ['performance review', 'performance reviews', 'appraisal', 'appraisals', 'annual review'], means: ['performance appraisal', 'appraisal'] },
  { say: ['internal audit', 'audit plan', 'audit committee'], means: ['audit', 'audit policy'] },
  { say: ['compliance', 'regulatory', 'regulation', 'regulator', 'licence obligations', 'license obligations', 'lawful intercept'], means: ['compliance', 'regulatory', 'regulation'] },
  { say: ['legal', 'litigation', 'lawsuit', 'lawsuits', 'counsel'], means: ['legal', 'litigation'] },
  { say: ['risk register', 'risk log', 'risk assessment', 'risks'], means: ['risk', 'risk register'] },
  { say: ['business continuity', 'bcp', 'bcm', 'disaster recovery', 'dr', 'crisis management', 'resilience'], means: ['business continuity', 'infrastructure recovery', 'critical incident'] },
  { say: ['cyber', 'cybersecurity', 'cyber security', 'infosec', 'information security', 'isms', 'soc', 'vulnerability', 'penetration test', 'pen test', 'phishing'], means: ['security', 'security incident'] },
  { say: ['enterprise architecture', 'ea', 'it architecture', 'architecture governance'], means: ['enterprise architecture', 'architecture'] },
  { say: ['master data', 'mdm', 'reference data', 'data quality', 'data governance', 'data catalogue'], means: ['master data', 'reference data', 'data'] },
  { say: ['knowledge base', 'kb', 'wiki', 'faq', 'faqs', 'lessons learnt', 'lessons learned', 'documentation'], means: ['knowledge', 'lessons learned'] },
  { say: ['fleet', 'vehicles', 'buildings', 'real estate', 'property'], means: ['asset', 'facilities'] },
  { say: ['corporate strategy', 'business plan', 'business planning', 'corporate planning', 'strategic plan', 'five year plan', 'long range plan'], means: ['strategic business', 'business plan', 'strategy'] },
  { say: ['pmo', 'project management', 'programme management', 'portfolio management', 'projects', 'programmes'], means: ['program', 'project', 'enterprise program'] },
  { say: ['organisational change', 'organizational change', 'transformation'], means: ['change', 'transformation'] },
  { say: ['r&d', 'research and development', 'innovation lab'], means: ['research'] },
  { say: ['mergers', 'm&a', 'merger'], means: ['mergers acquisitions'] },
  { say: ['stakeholder', 'stakeholders', 'investor relations', 'shareholders', 'board reporting'], means: ['stakeholder', 'shareholder'] },
];
