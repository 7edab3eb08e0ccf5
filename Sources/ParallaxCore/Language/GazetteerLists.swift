/// The name lists behind `Gazetteer`, written from public knowledge (countries, capitals and major
/// cities, states and provinces, regions, peoples, institutions, media and large companies).
///
/// Entries are comma-separated; an entry written in capitals (`WHO`, `U.S.`) is matched exactly, every
/// other entry case-insensitively.
enum GazetteerLists {
    /// Sovereign states and widely used country names.
    static let countries = """
        Afghanistan, Albania, Algeria, Andorra, Angola, Antigua, Argentina, Armenia, Australia, Austria,
        Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia,
        Bosnia, Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon,
        Canada, Cape Verde, Cabo Verde, Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo,
        Democratic Republic of Congo, Democratic Republic of the Congo, Republic of Congo, DRC, Costa Rica,
        Ivory Coast, Côte d'Ivoire, Cote d'Ivoire, Croatia, Cuba, Cyprus, Czech Republic, Czechia, Denmark,
        Djibouti, Dominica, Dominican Republic, Ecuador, Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia,
        Eswatini, Swaziland, Ethiopia, Fiji, Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece,
        Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia,
        Iran, Iraq, Ireland, Israel, Italy, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait,
        Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg,
        Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico,
        Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Burma, Namibia, Nauru,
        Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria, North Korea, North Macedonia,
        Macedonia, Norway, Oman, Pakistan, Palau, Palestine, Panama, Papua New Guinea, Paraguay, Peru,
        Philippines, Poland, Portugal, Qatar, Romania, Russia, Russian Federation, Rwanda, Saint Lucia, Samoa,
        San Marino, Saudi Arabia, Senegal, Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia,
        Solomon Islands, Somalia, Somaliland, South Africa, South Korea, South Sudan, Spain, Sri Lanka, Sudan,
        Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand, Timor-Leste, East Timor,
        Togo, Tonga, Trinidad, Trinidad and Tobago, Tunisia, Turkey, Türkiye, Turkiye, Turkmenistan, Tuvalu,
        Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom, UK, U.K., Britain, Great Britain, England,
        Scotland, Wales, Northern Ireland, United States, United States of America, US, U.S., USA, U.S.A.,
        America, Uruguay, Uzbekistan, Vanuatu, Vatican, Vatican City, Holy See, Venezuela, Vietnam, Viet Nam,
        Yemen, Zambia, Zimbabwe, Greenland, Puerto Rico, Hong Kong, Macau, Macao, Gaza, Soviet Union, USSR,
        Korea, Persia, Yugoslavia, Czechoslovakia, East Germany, West Germany, Zaire, Rhodesia, Ceylon, Siam,
        Abkhazia, South Ossetia, Transnistria, Kurdistan, Tibet, Chechnya, Dagestan, Crimea,
        Donetsk, Luhansk, Zaporizhzhia, Kherson, Kursk, Belgorod, Bavaria, Catalonia, Flanders, Wallonia, Quebec,
        Ontario, Alberta, British Columbia, Xinjiang, Guangdong, Sichuan, Yunnan, Fujian, Zhejiang, Jiangsu,
        Shandong, Hubei, Hunan, Henan, Hebei, Shanxi, Shaanxi, Liaoning, Jilin, Heilongjiang, Inner Mongolia,
        Ningxia, Gansu, Qinghai, Guizhou, Hainan, Anhui, Jiangxi, Guangxi, Punjab, Kerala, Gujarat,
        Maharashtra, Bengal, West Bengal, Tamil Nadu, Karnataka, Bihar, Assam, Uttar Pradesh, Sindh,
        Balochistan, Khyber Pakhtunkhwa, Okinawa, Hokkaido, Tasmania, Queensland, New South Wales
        """

    /// Capitals and other major cities.
    static let cities = """
        Moscow, Beijing, Peking, Washington, Washington DC, Washington D.C., London, Paris, Berlin, Tokyo, Kyiv,
        Kiev, New Delhi, Delhi, Mumbai, Bombay, Kolkata, Calcutta, Chennai, Bengaluru, Bangalore, Hyderabad,
        Shanghai, Seoul, Pyongyang, Tehran, Baghdad, Damascus, Beirut, Jerusalem, Tel Aviv, Cairo, Alexandria,
        Riyadh, Jeddah, Mecca, Medina, Dubai, Abu Dhabi, Doha, Ankara, Istanbul, Athens, Rome, Milan, Turin,
        Madrid, Barcelona, Seville, Valencia, Lisbon, Porto, Brussels, Antwerp, Amsterdam, The Hague, Rotterdam,
        Vienna, Prague, Warsaw, Krakow, Kraków, Budapest, Bucharest, Sofia, Belgrade, Zagreb, Sarajevo, Ljubljana,
        Skopje, Tirana, Pristina, Podgorica, Bratislava, Chisinau, Minsk, Vilnius, Riga, Tallinn, Helsinki,
        Stockholm, Oslo, Copenhagen, Reykjavik, Dublin, Belfast, Edinburgh, Glasgow, Manchester, Liverpool,
        Birmingham, Leeds, Cardiff, Oxford, Cambridge, Geneva, Zurich, Bern, Basel, Lausanne, Davos, Munich,
        Frankfurt, Hamburg, Cologne, Stuttgart, Dresden, Leipzig, Bonn, Lyon, Marseille, Toulouse,
        Strasbourg, Bordeaux, Naples, Venice, Florence, Genoa, Palermo, St. Petersburg, Saint Petersburg,
        Petersburg, Novosibirsk, Vladivostok, Kazan, Sochi, Yekaterinburg, Murmansk, Kaliningrad, Rostov,
        Volgograd, Grozny, Kharkiv, Kharkov, Odesa, Odessa, Lviv, Dnipro, Mariupol, Bakhmut, Avdiivka, Sevastopol,
        Simferopol, Tbilisi, Yerevan, Baku, Astana, Almaty, Tashkent, Samarkand, Bishkek, Dushanbe, Ashgabat,
        Kabul, Kandahar, Islamabad, Karachi, Lahore, Peshawar, Rawalpindi, Dhaka, Kathmandu, Colombo, Thimphu,
        Bangkok, Hanoi, Ho Chi Minh City, Saigon, Phnom Penh, Vientiane, Yangon, Naypyidaw, Jakarta, Bali,
        Manila, Kuala Lumpur, Taipei, Kaohsiung, Osaka, Kyoto, Yokohama, Nagoya, Hiroshima, Nagasaki, Fukushima,
        Busan, Incheon, Guangzhou, Shenzhen, Wuhan, Chengdu, Chongqing, Tianjin, Nanjing, Hangzhou, Xi'an,
        Harbin, Shenyang, Dalian, Qingdao, Xiamen, Suzhou, Kunming, Lhasa, Urumqi, Kashgar, Ulaanbaatar,
        Sydney, Melbourne, Canberra, Brisbane, Perth, Adelaide, Auckland, Wellington, Ottawa, Toronto, Montreal,
        Vancouver, Calgary, New York, New York City, Los Angeles, Chicago, Houston, Boston, San Francisco,
        Seattle, Miami, Atlanta, Dallas, Philadelphia, Detroit, Denver, Phoenix, Las Vegas, New Orleans,
        Baltimore, Pittsburgh, Cleveland, Minneapolis, St. Louis, Austin, San Diego, San Jose, Nashville,
        Charlotte, Orlando, Tampa, Sacramento, Salt Lake City, Kansas City, Honolulu, Anchorage, Brooklyn,
        Manhattan, Queens, Bronx, Mexico City, Guadalajara, Monterrey, Tijuana, Havana, Caracas, Bogota, Bogotá,
        Medellin, Medellín, Lima, Quito, Santiago, Buenos Aires, Montevideo, Brasilia, Brasília, Sao Paulo,
        São Paulo, Rio de Janeiro, Rio, La Paz, Asuncion, Asunción, Panama City, San Juan, Managua, Tegucigalpa,
        Guatemala City, San Salvador, Kingston, Port-au-Prince, Santo Domingo, Nairobi, Mombasa, Addis Ababa,
        Lagos, Abuja, Accra, Dakar, Johannesburg, Cape Town, Pretoria, Durban, Kinshasa, Goma, Brazzaville,
        Khartoum, Darfur, Tripoli, Benghazi, Tunis, Algiers, Rabat, Casablanca, Marrakech, Kampala, Kigali,
        Mogadishu, Harare, Lusaka, Luanda, Maputo, Dar es Salaam, Dodoma, Bamako, Niamey, Ouagadougou, Abidjan,
        Freetown, Monrovia, Conakry, Juba, Asmara, Djibouti City, Antananarivo, Windhoek, Gaborone, Sanaa,
        Aden, Muscat, Manama, Kuwait City, Amman, Gaza City, Ramallah, Hebron, Jenin, Nablus, Rafah, Khan Younis,
        Haifa, Mosul, Basra, Erbil, Kirkuk, Fallujah, Aleppo, Homs, Idlib, Raqqa, Latakia, Deir ez-Zor,
        Isfahan, Mashhad, Tabriz, Shiraz, Qom
        """

    /// US states and other sub-national units that read as places.
    static let regionsAndStates = """
        Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho,
        Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota,
        Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York State,
        North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina,
        South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming,
        District of Columbia, Guam
        """

    /// Regions, continents, seas, rivers, mountains and other geography.
    static let locations = """
        Middle East, Near East, Far East, Eurasia, Europe, Asia, Africa, North America, South America,
        Latin America, Central America, Central Asia, Southeast Asia, South-East Asia, East Asia, South Asia,
        West Asia, Asia-Pacific, Asia Pacific, Indo-Pacific, Pacific, Atlantic, Arctic, Antarctic, Antarctica,
        Mediterranean, Balkans, Caucasus, North Caucasus, Baltics, Scandinavia, Siberia, Sahara, Sahel,
        Gulf, Persian Gulf, Arabian Gulf, Red Sea, Black Sea, Caspian, Caspian Sea, South China Sea,
        East China Sea, Yellow Sea, Sea of Japan, Sea of Azov, Baltic Sea, North Sea, Barents Sea,
        Taiwan Strait, Strait of Hormuz, Bosphorus, Dardanelles, Horn of Africa, Himalayas, Alps, Andes, Urals,
        Rockies, Amazon, Nile, Danube, Yangtze, Mekong, Euphrates, Tigris, Rhine, Volga, Dnieper, Dnipro River,
        Thames, Seine, Ganges, Indus, Korean Peninsula, Arabian Peninsula, Crimean Peninsula, Sinai, Golan,
        Golan Heights, West Bank, Gaza Strip, Donbas, Donbass, Kashmir, Western Europe, Eastern Europe,
        Central Europe, Northern Europe, Southern Europe, West Africa, East Africa, North Africa, Southern Africa,
        Central Africa, Sub-Saharan Africa, Gulf of Mexico, Gulf of Aden, Indian Ocean, Pacific Ocean,
        Atlantic Ocean, Arctic Ocean, Southern Ocean, Suez Canal, Panama Canal, English Channel, Levant, Maghreb,
        Patagonia, Caribbean, Oceania, Scandinavia, Anatolia, Mesopotamia, Arabia, Silicon Valley, Wall Street,
        Capitol Hill, Red Square, Tiananmen Square, Trafalgar Square, Times Square, Great Hall of the People,
        West, Midwest, Pacific Northwest, Deep South, New England, Global South, Global North,
        Northern Hemisphere, Southern Hemisphere, Sahrawi, Everest, Kilimanjaro
        """

    /// Nationalities, peoples, religious and political groups.
    static let groups = """
        Afghan, Afghans, Albanian, Albanians, Algerian, American, Americans, Angolan, Argentine, Argentinian,
        Argentines, Armenian, Armenians, Australian, Australians, Austrian, Azerbaijani, Azeri, Bangladeshi,
        Belarusian, Belarusians, Belgian, Bolivian, Bosnian, Brazilian, Brazilians, British, Briton, Britons,
        Brits, Bulgarian, Burmese, Cambodian, Cameroonian, Canadian, Canadians, Chilean, Chinese, Colombian,
        Colombians, Congolese, Croatian, Croat, Croats, Cuban, Cubans, Cypriot, Czech, Czechs, Danish, Dane,
        Danes, Dutch, Ecuadorian, Egyptian, Egyptians, Emirati, English, Eritrean, Estonian, Ethiopian,
        Ethiopians, European, Europeans, Filipino, Filipinos, Finnish, Finn, Finns, French, Frenchman, Georgian,
        Georgians, German, Germans, Ghanaian, Greek, Greeks, Guatemalan, Haitian, Haitians, Honduran, Hungarian,
        Hungarians, Icelandic, Indian, Indians, Indonesian, Indonesians, Iranian, Iranians, Iraqi, Iraqis, Irish,
        Israeli, Israelis, Italian, Italians, Jamaican, Japanese, Jordanian, Kazakh, Kazakhstani, Kenyan,
        Kenyans, Korean, Koreans, Kosovar, Kuwaiti, Kyrgyz, Lao, Laotian, Latvian, Lebanese, Liberian, Libyan,
        Libyans, Lithuanian, Malaysian, Malian, Maltese, Mexican, Mexicans, Moldovan, Mongolian, Montenegrin,
        Moroccan, Moroccans, Mozambican, Namibian, Nepali, Nepalese, New Zealander, Nicaraguan, Nigerian,
        Nigerians, Nigerien, North Korean, North Koreans, Norwegian, Norwegians, Omani, Pakistani, Pakistanis,
        Palestinian, Palestinians, Panamanian, Paraguayan, Persian, Peruvian, Polish, Pole, Poles, Portuguese,
        Qatari, Romanian, Romanians, Russian, Russians, Rwandan, Saudi, Saudis, Scottish, Scot, Scots,
        Senegalese, Serbian, Serb, Serbs, Singaporean, Slovak, Slovakian, Slovenian, Somali, Somalis,
        South African, South Africans, South Korean, South Koreans, Spanish, Spaniard, Spaniards, Sri Lankan,
        Sudanese, Swedish, Swede, Swedes, Swiss, Syrian, Syrians, Taiwanese, Tajik, Tanzanian, Thai, Tibetan,
        Tibetans, Tunisian, Turkish, Turk, Turks, Turkmen, Ugandan, Ukrainian, Ukrainians, Uruguayan, Uzbek,
        Venezuelan, Venezuelans, Vietnamese, Welsh, Yemeni, Yemenis, Zambian, Zimbabwean, Uyghur, Uyghurs,
        Uighur, Uighurs, Kurdish, Kurd, Kurds, Arab, Arabs, Asian, Asians, African, Africans, Latin American,
        Latino, Latinos, Latina, Hispanic, Hispanics, Western, Westerners, Soviet, Soviets, Sino, Anglo, Pashtun,
        Pashtuns, Tamil, Tamils, Sikh, Sikhs, Hindu, Hindus, Muslim, Muslims, Christian, Christians, Jewish,
        Jew, Jews, Catholic, Catholics, Protestant, Protestants, Orthodox, Buddhist, Buddhists, Sunni, Sunnis,
        Shia, Shiite, Shiites, Shi'ite, Alawite, Alawites, Druze, Islamic, Evangelical, Evangelicals, Mormon,
        Mormons, Moslem, Moslems, Democrat, Democrats, Democratic, Republican, Republicans, Conservative,
        Conservatives, Tory,
        Tories, Liberal, Liberals, Socialist, Socialists, Communist, Communists, Bolshevik, Bolsheviks, Nazi,
        Nazis, Islamist, Islamists, Zionist, Zionists, Maoist, Maoists, Gaullist, Social Democrats,
        Christian Democrats, Greens, Labourites, Chechen, Chechens, Houthi, Houthis, Rohingya, Yazidi, Yazidis,
        Baltic, Nordic, Scandinavian, Slavic, Caucasian, Balkan, Brazilian, Cossack, Cossacks, Crimean Tatars,
        Tatar, Tatars, Bashkir, Maori, Aboriginal, Inuit
        """

    /// Governments, international bodies, armed forces, parties and other institutions.
    static let organizations = """
        UN, U.N., United Nations, NATO, Nato, EU, E.U., European Union, European Commission, European Parliament,
        European Council, Council of Europe, European Central Bank, ECB, WHO, World Health Organization,
        World Health Organisation, IMF, International Monetary Fund, World Bank, WTO, World Trade Organization,
        OPEC, BRICS, Brics, ASEAN, Asean, African Union, Arab League, OSCE, OECD, SCO,
        Shanghai Cooperation Organisation, Shanghai Cooperation Organization, G7, G8, G20, Security Council,
        UN Security Council, General Assembly, UN General Assembly, Red Cross, Red Crescent, ICRC,
        Amnesty International, Amnesty, Human Rights Watch, Greenpeace, Interpol, Europol, IAEA,
        International Atomic Energy Agency, UNESCO, UNICEF, UNHCR, UNRWA, WFP, World Food Programme, FAO, ICC,
        International Criminal Court, ICJ, International Court of Justice, Kremlin, White House, Pentagon,
        State Department, Congress, Senate, House of Representatives, House of Commons, House of Lords,
        Parliament, Duma, State Duma, Federation Council, Knesset, Bundestag, Bundesrat, Politburo, Supreme Court,
        Federal Reserve, Fed, FBI, CIA, NSA, DHS, DOJ, DoD, Justice Department, Defense Department,
        Treasury, Treasury Department, Downing Street, Whitehall, Elysee, Élysée, Elysee Palace, Élysée Palace,
        Zhongnanhai, Foreign Office, Home Office, Foreign Ministry, Defence Ministry, Defense Ministry, FSB, KGB,
        GRU, SVR, MI5, MI6, Mossad, Shin Bet, IDF, PLA, Bundeswehr, Red Army, NASA, ESA, SEC, FDA, CDC, EPA,
        FTC, NIH, FCC, FAA, IRS, ATF, DEA, ICE, NHS, Bank of England, Bank of Japan, Bundesbank,
        People's Bank of China, Constitutional Court, National Security Council, Capitol, Congress Party,
        Communist Party, Chinese Communist Party, Communist Party of China, CCP, CPC, Labour, Labour Party,
        Conservative Party, Democratic Party, Republican Party, GOP, Tory Party, Liberal Democrats, Lib Dems,
        SNP, Sinn Fein, Sinn Féin, United Russia, Likud, Fatah, Hamas, Hezbollah, Hizbollah, Taliban,
        Islamic State, ISIS, ISIL, Daesh, al-Qaeda, Al-Qaeda, al-Qaida, al-Shabaab, Boko Haram, Wagner,
        Wagner Group, PKK, IRGC, Revolutionary Guards, Muslim Brotherhood, Harvard, Harvard University, Yale,
        Yale University, Stanford, Stanford University, MIT, Princeton, Princeton University, Columbia University,
        Oxford University, University of Oxford, Cambridge University, University of Cambridge, Sorbonne, LSE,
        London School of Economics, Tsinghua, Tsinghua University, Peking University, Fudan University,
        Brookings, Brookings Institution, Carnegie Endowment, Council on Foreign Relations, RAND, Rand Corporation,
        Chatham House, Heritage Foundation, Cato Institute, Valdai Club, Valdai, Atlantic Council,
        Nobel Committee, FIFA, IOC, UEFA, NBA, NFL, MLB, NHL, Major League Baseball, Premier League,
        Vatican Bank, Holy Synod, Roscosmos, Rosatom, Gosplan, Ofcom, Ofgem, Eurostat, Eurogroup, Frontex,
        Mercosur, NAFTA, USMCA, APEC, AUKUS, Commonwealth, Gulf Cooperation Council, GCC, Ecowas, ECOWAS,
        Warsaw Pact, Navy SEALs, Marines, Marine Corps, Coast Guard, National Guard, Air Force, Space Force
        """

    /// News organizations.
    static let media = """
        Reuters, Associated Press, AP, AFP, Agence France-Presse, Bloomberg, BBC, CNN, Fox News, MSNBC, NBC,
        ABC, CBS, NPR, PBS, Al Jazeera, RT, Russia Today, Tass, TASS, RIA Novosti, RIA, Interfax, Sputnik,
        Kommersant, Izvestia, Vedomosti, Novaya Gazeta, Meduza, Xinhua, CCTV, CGTN, Global Times, China Daily,
        People's Daily, South China Morning Post, SCMP, Caixin, New York Times, NYT, Washington Post,
        Wall Street Journal, WSJ, Financial Times, FT, Guardian, The Guardian, The Economist, Economist,
        The Times, Sunday Times, Telegraph, Daily Telegraph, The Independent, Daily Mail, The Sun,
        Daily Mirror, Le Monde, Le Figaro, Libération, Liberation, Der Spiegel, Spiegel,
        Die Zeit, Bild, Frankfurter Allgemeine, El País, El Pais, El Mundo, Corriere della Sera, La Repubblica,
        Politico, Axios, Vox, The Atlantic, New Yorker, The New Yorker, Newsweek, Forbes,
        Kyodo, Kyodo News, Yonhap, Nikkei, NHK, Asahi, Yomiuri, Haaretz, Jerusalem Post, Times of Israel,
        Al Arabiya, Anadolu, Euronews, Deutsche Welle, DW, France 24, Sky News, ITV, Channel 4, CNBC, Voice of America,
        VOA, Radio Free Europe, RFE/RL, Los Angeles Times, USA Today, Chicago Tribune, Boston Globe, HuffPost,
        BuzzFeed, ProPublica, Semafor, Hindustan Times, Times of India, The Hindu, NDTV, Straits Times,
        Sydney Morning Herald, ABC News, CBS News, NBC News, Fox Business, Daily Beast, Breitbart, Newsmax,
        Mediazona, Rossiyskaya Gazeta, Pravda, Komsomolskaya Pravda, Ukrainska Pravda, Kyiv Independent,
        Kyiv Post, Moscow Times, Channel One, Rossiya, Zvezda, Phoenix TV
        """

    /// Large companies.
    static let companies = """
        Rosneft, Gazprom, Lukoil, Novatek, Sberbank, VTB, Aeroflot, Yandex, Kaspersky, Nornickel, Rusal,
        Huawei, Alibaba, Tencent, Baidu, ByteDance, TikTok, Xiaomi, BYD, CATL, Sinopec, PetroChina, CNPC, CNOOC,
        ZTE, SMIC, Lenovo, DJI, Temu, Shein, Apple, Google, Alphabet, Microsoft, Amazon, Meta, Facebook,
        Instagram, WhatsApp, Twitter, Tesla, SpaceX, Starlink, Nvidia, Intel, AMD, IBM, Oracle, OpenAI, Anthropic,
        Qualcomm, Cisco, Netflix, Disney, Uber, Airbnb, PayPal, Salesforce, Adobe, Samsung, Sony, Toyota, Honda,
        Nissan, Hyundai, Kia, LG, TSMC, Foxconn, Volkswagen, BMW, Mercedes-Benz, Mercedes, Daimler, Porsche,
        Stellantis, Renault, Peugeot, Fiat, Ferrari, Volvo, Siemens, Bosch, BASF, Bayer, SAP, Shell, BP,
        ExxonMobil, Exxon, Chevron, TotalEnergies, ConocoPhillips, Aramco, Saudi Aramco, Glencore, Rio Tinto,
        BHP, Boeing, Airbus, Lockheed Martin, Lockheed, Raytheon, RTX, Northrop Grumman, General Dynamics,
        General Motors, GM, Ford, General Electric, GE, Goldman Sachs, JPMorgan, JPMorgan Chase, JP Morgan,
        Morgan Stanley, Citigroup, Citi, Bank of America, Wells Fargo, BlackRock, HSBC, Barclays, UBS,
        Credit Suisse, Deutsche Bank, BNP Paribas, Santander, Visa, Mastercard, Walmart, Costco, Target,
        Pfizer, Moderna, AstraZeneca, BioNTech, Johnson & Johnson, Novartis, Roche, Sanofi, GSK,
        Novo Nordisk, Nestle, Nestlé, Unilever, Coca-Cola, PepsiCo, McDonald's, Starbucks, Nike, Adidas,
        IKEA, Maersk, Nokia, Ericsson, Spotify, ASML, Philips, Unilever, Vodafone, Deutsche Telekom, Orange,
        Huawei Technologies, X Corp, Palantir, Anduril, Rheinmetall, Thales, Dassault, BAE Systems,
        Rolls-Royce, Embraer, Petrobras, Pemex, Tata, Infosys, Wipro, Adani, SoftBank, Rakuten,
        Uniqlo, Mitsubishi, Mitsui, Sumitomo, Hitachi, Panasonic, Toshiba, Nintendo
        """

    /// Other well-known names: events and agreements.
    static let miscellaneous = """
        Brexit, World War II, World War I, Second World War, First World War, Cold War, Olympics,
        Olympic Games, Winter Olympics, Summer Olympics, World Cup, Nobel Prize, Nobel Peace Prize,
        Belt and Road, Belt and Road Initiative, New START, Minsk agreements, Paris Agreement, Holocaust,
        Ramadan, Eid, Christmas, Easter, Hanukkah, Diwali, Lunar New Year, Thanksgiving, Passover, Yom Kippur,
        Covid, Covid-19, COVID, COVID-19, Cultural Revolution, Arab Spring, Maidan, Euromaidan
        """

    /// Aliases that name one entity: `alias | alias = canonical`, one per line.
    static let aliases = """
        US | U.S. | USA | U.S.A. | America | United States of America = United States
        UK | U.K. | Britain | Great Britain = United Kingdom
        UN | U.N. = United Nations
        EU | E.U. = European Union
        Nato = NATO
        UAE = United Arab Emirates
        DRC | Democratic Republic of Congo = Democratic Republic of the Congo
        Kiev = Kyiv
        Peking = Beijing
        Bombay = Mumbai
        Burma = Myanmar
        Holland = Netherlands
        Türkiye | Turkiye = Turkey
        Czechia = Czech Republic
        Viet Nam = Vietnam
        Russian Federation = Russia
        St. Petersburg | Saint Petersburg = Petersburg
        Washington DC | Washington D.C. = Washington
        WHO | World Health Organisation = World Health Organization
        IMF = International Monetary Fund
        WTO = World Trade Organization
        ECB = European Central Bank
        ICC = International Criminal Court
        ICJ = International Court of Justice
        IAEA = International Atomic Energy Agency
        Fed = Federal Reserve
        CCP | CPC | Communist Party of China = Chinese Communist Party
        ISIS | ISIL | Daesh = Islamic State
        GOP = Republican Party
        AP = Associated Press
        AFP = Agence France-Presse
        NYT = New York Times
        WSJ = Wall Street Journal
        FT = Financial Times
        Tass = TASS
        RIA = RIA Novosti
        Elysee | Élysée Palace | Elysee Palace = Élysée
        Harvard = Harvard University
        Yale = Yale University
        Stanford = Stanford University
        Tsinghua = Tsinghua University
        Brookings = Brookings Institution
        Amnesty = Amnesty International
        Exxon = ExxonMobil
        GM = General Motors
        GE = General Electric
        JPMorgan | JP Morgan = JPMorgan Chase
        Mercedes = Mercedes-Benz
        Saudi Aramco = Aramco
        Donbass = Donbas
        """
}
