/// Titles, honorifics and role words that stand before or beside a person's name.
///
/// A title is a run of capitalized title words ending in a head (`Prime Minister`, `Deputy Foreign
/// Minister`, `Secretary of State`); the words before the head are modifiers. Lowercase role nouns
/// (`spokesman`, `aide`) mark the name that follows them as a person.
enum PersonTitles {
    /// Words that end a title (`President`, `Minister`, `Mr.`).
    static let heads: Set<String> = Lexicon.exactSet(
        """
        President, President-elect, Vice-President, Premier, Chancellor, Minister, Secretary, Secretary-General,
        Director-General, Governor-General, Senator, Sen., Representative, Rep., Congressman, Congresswoman,
        Congressmember, Governor, Gov., Mayor, Ambassador, Envoy, Spokesman, Spokeswoman, Spokesperson, Chairman,
        Chairwoman, Chairperson, Chair, Director, Commissioner, Judge, Justice, Chief, Leader, Speaker, King,
        Queen, Prince, Princess, Emperor, Empress, Sultan, Emir, Sheikh, Sheik, Shah, Pope, Cardinal, Archbishop,
        Bishop, Rabbi, Imam, Ayatollah, Patriarch, Reverend, Rev., General, Gen., Lieutenant, Lt.,
        Colonel, Col., Major, Maj., Captain, Capt., Admiral, Adm., Sergeant, Sgt., Corporal, Cpl.,
        Commander, Cmdr., Marshal, Brigadier, Officer, Detective, Det., Inspector, Insp., Constable, Agent,
        Professor, Prof., Dr., Doctor, Mr., Mrs., Ms., Miss, Mx., Messrs., Sir, Dame, Lord, Lady, Baron,
        Baroness, Duke, Duchess, Coach, Prosecutor, Counsel, Attorney, CEO, CFO, COO, CTO,
        Founder, Co-founder, Aide, Adviser, Advisor, MP, MEP, Lawmaker, Executive, Treasurer, Comptroller,
        Auditor, Ombudsman, Magistrate, Sheriff, Superintendent, Supt., Warden, Deputy, Negotiator, Ayatollah,
        Hon., Honourable, Honorable, Chargé, Consul, Attaché, Delegate, Undersecretary, Under-Secretary,
        Pastor, Provost, Rector
        """)

    /// Words that may precede a head inside a title (`Prime`, `Foreign`, `Deputy`), and the
    /// department words after `of` (`Secretary of State`, `Minister of Foreign Affairs`).
    static let modifiers: Set<String> = Lexicon.exactSet(
        """
        Prime, Vice, Deputy, First, Foreign, Defence, Defense, Finance, Interior, Home, Trade, Economy,
        Economic, Economics, Health, Justice, Energy, Education, Environment, Agriculture, Labor, Labour,
        Transport, Transportation, Commerce, Treasury, State, Security, National, Homeland, Culture, Information,
        Digital, Science, Technology, Industry, Immigration, Affairs, Development, Emergency, Emergencies,
        Housing, Budget, Brexit, Climate, Veterans, Former, Acting, Interim, Senior, Chief, Executive, Supreme,
        Grand, Crown, Field, Assistant, Associate, Principal, Permanent, General, Minority, Majority, Opposition,
        Presidential, Press, Special, Lieutenant, Rear, Brigadier, Staff, Attorney, Surgeon, Secretary, Director,
        Governor, Inspector, Solicitor, Postmaster, Managing, Operating, Financial, Technology, Technical,
        Policy, Public, Foreign-Policy, Military, Intelligence, Naval, Air, Army, Navy, Police, Regional,
        Federal, Provincial, Municipal, Cabinet, Legal, Communications, Human, Rights, Resources, Relations,
        International, Global, Strategic, European, Colonial, Fisheries, Sport, Sports, Tourism, Water, Mines,
        Petroleum, Oil, Power, Women, Youth, Children, Family, Social, Welfare, Pensions, Work, Employment,
        Planning, Investment, Revenue, Customs, Taxation, Communication, Media, Arts, Heritage, Religious,
        Local, Urban, Rural, Land, Lands, Ocean, Maritime, Aviation, Space, Research, Innovation,
        Vice-Chairman, Honorary
        """)

    /// Honorifics: titles that say nothing about a role (`Mr.`, `Ms.`), left out of `roles`.
    static let honorifics: Set<String> = Lexicon.exactSet("Mr., Mrs., Ms., Miss, Mx., Messrs., Mr, Mrs, Ms, Sir, Dame")

    /// Lowercase nouns naming a person's role (`spokesman`, `aide`, `president`), singular.
    static let roleNouns: Set<String> = Lexicon.exactSet(
        """
        president, president-elect, premier, chancellor, minister, secretary, secretary-general, senator,
        representative, congressman, congresswoman, governor, mayor, ambassador, envoy, spokesman, spokeswoman,
        spokesperson, chairman, chairwoman, chair, director, director-general, commissioner, judge, justice,
        chief, leader, speaker, king, queen, prince, princess, emperor, sultan, emir, sheikh, pope, cardinal,
        archbishop, bishop, rabbi, imam, ayatollah, patriarch, general, lieutenant, colonel, major, captain,
        admiral, sergeant, commander, marshal, officer, detective, inspector, agent, professor, doctor, coach,
        prosecutor, counsel, attorney, lawyer, ceo, cfo, founder, co-founder, aide, adviser, advisor, mp, mep,
        lawmaker, legislator, executive, negotiator, diplomat, official, analyst, economist, strategist, expert,
        scholar, fellow, historian, researcher, scientist, author, writer, journalist, correspondent, reporter,
        editor, columnist, commentator, activist, campaigner, candidate, nominee, deputy, counterpart, head,
        manager, owner, investor, banker, billionaire, entrepreneur, businessman, businesswoman, tycoon, magnate,
        physician, surgeon, nurse, teacher, student, pastor, priest, cleric, monk, spokesperson, presenter,
        anchor, host, producer, director, actor, actress, singer, musician, artist, player, striker, goalkeeper,
        athlete, champion, politician, statesman, dissident, blogger, lobbyist, consultant, partner, trader,
        chief-executive, vice-president, vice-chairman, undersecretary, under-secretary,
        veteran, soldier, pilot, commentator, observer, envoy, representative, delegate, consul, attaché,
        whistleblower, defector, lecturer, dean, provost, rector, principal, treasurer, comptroller,
        superintendent, sheriff, warden, magistrate, ombudsman, auditor
        """)

    /// Lowercase words that may precede a role noun inside a role (`foreign policy aide`, `former
    /// president`, `deputy prime minister`).
    static let roleModifiers: Set<String> = Lexicon.exactSet(
        """
        foreign, policy, foreign-policy, senior, former, deputy, vice, chief, top, defence, defense, finance,
        interior, economic, economy, trade, security, national, press, presidential, prime, assistant, associate,
        acting, interim, then, political, military, intelligence, health, justice, state, executive,
        international, special, opposition, party, government, junior, longtime, long-time, veteran, leading,
        prominent, outgoing, incoming, newly, elected, appointed, first, chief's, communications, legal,
        diplomatic, energy, climate, environment, education, agriculture, labour, labor, transport, treasury,
        commerce, industry, digital, technology, science, research, cabinet, federal, regional, provincial, local,
        municipal, city, county, army, navy, air, force, naval, police, judicial, parliamentary, legislative,
        congressional, presidential, administration, campaign, finance, financial, investment,
        public, human, rights, general, managing, operating, founding, supreme, grand, crown, great,
          ministry, department, office, bureau, agency, council, committee, commission,
        university, research, fellow, visiting, adjunct, emeritus, retired, independent, freelance, staff,
        attorney, solicitor, surgeon, inspector, secretary, prime, minister, home, homeland, affairs
        """)

    /// Whether `word` can be part of a capitalized title.
    static func isTitleWord(_ word: String) -> Bool { heads.contains(word) || modifiers.contains(word) }

    /// Whether `word` (any case) names a role, as a lowercase role noun or a title head.
    static func isRoleNoun(_ word: String) -> Bool {
        heads.contains(word) || roleNouns.contains(word) || roleNouns.contains(word.lowercased())
    }

    /// Whether `word` (any case) can stand inside a role before its noun.
    static func isRoleWord(_ word: String) -> Bool {
        isRoleNoun(word) || modifiers.contains(word) || roleModifiers.contains(word.lowercased())
    }
}
