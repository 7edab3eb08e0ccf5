/// Evidence of the gender the article uses for a person: unambiguous given names, honorifics and
/// gendered titles or role words (`Mrs.`, `Queen`, `spokeswoman`), and the gendered pronouns.
///
/// Only names that are overwhelmingly given to one gender in international news are listed; names
/// used for both (`Jean`, `Kim`, `Sasha`, `Alexis`, `Robin`) are left out, so the resolver treats
/// their bearers as of unknown gender.
enum GenderCues {
    /// Given names borne by women.
    static let feminineNames: Set<String> = Lexicon.exactSet(
        """
        Mary, Patricia, Jennifer, Linda, Barbara, Elizabeth, Susan, Jessica, Sarah, Karen, Lisa, Nancy, Betty,
        Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Carol, Amanda, Dorothy, Melissa, Deborah,
        Stephanie, Rebecca, Sharon, Laura, Cynthia, Kathleen, Amy, Angela, Shirley, Anna, Brenda, Pamela, Emma,
        Nicole, Helen, Samantha, Katherine, Christine, Debra, Rachel, Carolyn, Janet, Catherine, Maria, Heather,
        Diane, Ruth, Julie, Olivia, Joyce, Virginia, Victoria, Kelly, Lauren, Christina, Joan, Evelyn, Judith,
        Megan, Andrea, Cheryl, Hannah, Jacqueline, Martha, Gloria, Teresa, Theresa, Ann, Anne, Sara, Frances,
        Kathryn, Janice, Abigail, Alice, Judy, Sophia, Sophie, Grace, Denise, Amber, Doris, Marilyn, Danielle,
        Beverly, Isabella, Diana, Natalie, Brittany, Charlotte, Marie, Kayla, Lori, Jane, Kate, Lucy, Claire,
        Ellen, Fiona, Hillary, Kamala, Nancy, Ursula, Giorgia, Marine, Liz, Yvette, Nikki, Gretchen, Karoline,
        Lindsey, Marjorie, Alexandria, Kristi, Tulsi, Pam, Susie, Ivanka, Melania, Lara, Nadia, Elena, Yelena,
        Olga, Natalia, Natalya, Tatiana, Tatyana, Svetlana, Irina, Ekaterina, Yekaterina, Yulia, Yuliya,
        Lyudmila, Galina, Marina, Anastasia, Valentina, Ksenia, Daria, Darya, Veronika, Olena, Oksana, Iryna,
        Yuliia, Svyatlana, Elvira, Nadezhda, Vera, Lidia, Masha, Katya, Fatima, Aisha, Leila, Layla, Maryam,
        Zainab, Yasmin, Amina, Huda, Rania, Samira, Salma, Laila, Miriam, Esther, Golda, Claudia, Cristina,
        Dilma, Xiomara, Yolanda, Isabel, Carmen, Lucia, Lucía, Sofia, Sofía, Paula, Ana, Juana, Rosa, Veronica,
        Monica, Adriana, Gabriela, Daniela, Camila, Mariana, Fernanda, Ségolène, Segolene, Valérie, Valerie,
        Brigitte, Sylvie, Annalena, Sahra, Giulia, Chiara, Federica, Silvia, Elisa, Francesca, Alessandra,
        Elly, Lena, Hanna, Katja, Mette, Magdalena, Sanna, Erna, Kaja, Maia, Salome, Chrystia, Mélanie,
        Melanie, Julia, Jacinda, Sonia, Priyanka, Indira, Nirmala, Benazir, Hasina, Khaleda, Tsai, Yingluck,
        Paetongtarn, Sanae, Yoko, Camilla, Meghan, Greta, Malala, Priti, Suella, Kemi, Bridget, Nicola, Roberta,
        Margrethe, Ylva, Dubravka, Věra, Letitia, Maura, Gina, Marcia, Karine, Dana, Elise, Ketanji, Meral,
        Siobhan, Niamh, Aoife, Susanne, Sabine, Petra, Ingrid, Birgit, Monika, Agnieszka, Beata, Ewa, Katarzyna,
        Joanna, Małgorzata, Zuzana, Jana, Eva, Ivana, Irena, Marta, Natasha, Tamara, Larisa, Ludmila, Zoya,
        Raisa, Alina, Polina, Sofiya, Kateryna, Halyna, Ayesha, Sadia, Shirin, Zahra, Nasrin, Farah, Mona,
        Noura, Reem, Dalia, Hala, Lina, Rana, Hind, Asma, Nour, Mei, Xiaohong, Chunying, Aiko, Yuko, Keiko,
        Naoko, Haruka, Min-ji, Seo-yeon, Ji-woo, Priya, Anjali, Sunita, Deepika, Lakshmi, Pooja, Kavita, Rekha,
        Ngozi, Chimamanda, Ama, Akua, Wanjiru, Nomvula, Thandiwe, Winnie, Graça, Ellen, Joyce, Samia, Sahle-Work,
        Adele, Beyoncé, Madonna, Oprah, Serena, Simone, Megan, Jodie, Kirsty, Gemma,
        Kirsten, Louise, Emmeline, Harriet, Imogen, Jemima, Philippa, Penelope, Rosemary, Hilary, Harriet,
        Camille, Chloé, Chloe, Manon, Léa, Lea, Juliette, Amélie, Amelie, Nathalie, Isabelle, Christiane,
        Brenda, Wendy, Tina, Rita, Gail, Joanne, Jo-Anne, Sally, Shannon, Tracy, Tracey, Stacey, Erin,
        Caroline, Rosalind, Penny, Peggy, Molly, Polly, Holly, Ivy, Hazel, Ruby, Ella, Ava, Mia, Zoe, Zoë
        """)

    /// Given names borne by men.
    static let masculineNames: Set<String> = Lexicon.exactSet(
        """
        James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel,
        Matthew, Anthony, Mark, Donald, Steven, Stephen, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George,
        Timothy, Ronald, Edward, Jason, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Larry, Justin,
        Scott, Brandon, Benjamin, Samuel, Gregory, Alexander, Frank, Patrick, Raymond, Jack, Dennis, Jerry,
        Tyler, Aaron, Jose, José, Adam, Nathan, Henry, Douglas, Zachary, Peter, Kyle, Walter, Ethan, Jeremy,
        Harold, Keith, Christian, Roger, Noah, Gerald, Carl, Terry, Sean, Austin, Arthur, Lawrence, Jesse,
        Bryan, Joe, Billy, Bruce, Albert, Willie, Gabriel, Logan, Alan, Juan, Wayne, Roy, Ralph, Randy, Eugene,
        Vincent, Russell, Elijah, Louis, Bobby, Philip, Johnny, Bill, Bob, Jim, Tom, Tim, Mike, Dan, Dave, Ben,
        Sam, Tony, Nick, Chris, Rick, Ron, Ted, Jake, Joel, Hunter, Graham, Keir, Rishi, Boris, Gordon, Nigel,
        Olaf, Friedrich, Emmanuel, Mario, Barack, Marco, Mitch, Chuck, Elon, Jeff, Sundar, Satya, Warren, Rand,
        Hakeem, Bernie, Pete, Kash, Ivan, Jared, Vladimir, Dmitry, Dmitri, Sergei, Sergey, Alexei, Alexey,
        Aleksei, Aleksandr, Andrei, Andrey, Mikhail, Nikolai, Nikolay, Oleg, Igor, Viktor, Victor, Pavel,
        Anatoly, Maxim, Maksim, Denis, Roman, Konstantin, Valery, Vyacheslav, Gennady, Yevgeny, Evgeny,
        Grigory, Leonid, Stanislav, Vitaly, Vitali, Vasily, Fyodor, Arkady, Ruslan, Ramzan, Artem, Artyom,
        Kirill, Ilya, Anton, Timur, Rustam, Yuri, Yury, Volodymyr, Oleksandr, Oleksiy, Dmytro, Mykhailo, Mykola,
        Petro, Andriy, Yuriy, Vitaliy, Kyrylo, Serhiy, Denys, Taras, Bohdan, Aliaksandr, Alyaksandr, Nursultan,
        Kassym-Jomart, Ilham, Nikol, Recep, Mevlut, Hakan, Ahmet, Mehmet, Mustafa, Kemal, Ekrem, Devlet,
        Jinping, Keqiang, Xiaoping, Zemin, Jintao, Jiechi, Shinzo, Fumio, Shigeru, Yoshihide, Taro, Hiroshi,
        Takeshi, Kenji, Akira, Jae-in, Suk-yeol, Jae-myung, Jong-un, Min-jun, Narendra, Rahul, Amit, Rajnath,
        Arvind, Manmohan, Rajiv, Sanjay, Vijay, Ravi, Anil, Sunil, Mukesh, Gautam, Ratan, Shashi, Imran,
        Shehbaz, Nawaz, Asif, Bilawal, Mohammed, Mohammad, Muhammad, Mohamed, Ahmed, Ahmad, Ali, Hassan,
        Hussein, Hussain, Omar, Umar, Abdullah, Abdul, Abdel, Abdulaziz, Khalid, Khaled, Faisal, Saud, Salman,
        Fahd, Tamim, Hamad, Zayed, Bashar, Hafez, Nabih, Walid, Saad, Najib, Michel, Ismail, Yahya, Mahmoud,
        Mahmud, Yasser, Ebrahim, Masoud, Javad, Abbas, Qassem, Ayman, Osama, Anwar, Gamal, Hosni, Fattah,
        Tayyip, Yair, Naftali, Isaac, Itamar, Bezalel, Yoav, Avigdor, Gideon, Ehud, Shimon, Yitzhak, Moshe,
        Carlos, Luis, Jorge, Pedro, Miguel, Javier, Fernando, Alejandro, Manuel, Francisco, Antonio, Rafael,
        Ricardo, Eduardo, Diego, Sergio, Pablo, Andres, Andrés, Gustavo, Nicolas, Nicolás, Hugo, Evo, Alberto,
        Raul, Raúl, Fidel, Luiz, Inácio, Inacio, Jair, Lula, Sebastián, Sebastian, Iván, Nayib, Santiago,
        Felipe, Mariano, Jacques, Pierre, François, Francois, Philippe, Alain, Gérard, Gerard, Bernard,
        Édouard, Edouard, Laurent, Thierry, Olivier, Christophe, Sébastien, Julien, Mathieu, Stéphane,
        Wolfgang, Helmut, Gerhard, Frank-Walter, Horst, Markus, Karl, Hans, Klaus, Jürgen, Jurgen, Dieter,
        Heinz, Uwe, Lars, Sven, Jens, Stefan, Tino, Björn, Bjorn, Matteo, Giuseppe, Silvio, Enrico, Paolo,
        Luigi, Giovanni, Francesco, Alessandro, Lorenzo, Romano, Mateusz, Andrzej, Jarosław, Jaroslaw, Lech,
        Rafał, Péter, Aleksandar, Milorad, Kyriakos, Nikos, António, Marcelo, Ulf, Petteri, Sauli, Jonas,
        Gitanas, Alar, Edgars, Krišjānis, Irakli, Bidzina, Mikheil, Serzh, Cyril, Thabo, Nelson, Julius,
        Uhuru, Yoweri, Abiy, Bola, Muhammadu, Goodluck, Olusegun, Macky, Ousmane, Emmerson, Felix, Félix,
        Ibrahim, Assimi, Mahamat, Idriss, Kais, Abdelmadjid, Aziz, Jagmeet, Malcolm, Ferdinand, Rodrigo, Joko,
        Prabowo, Mahathir, Prayut, Srettha, Thaksin, Ranil, Mahinda, Gotabaya, Volker, Josep, Harry, Francis,
        Benedict, Leo, Bartholomew, Garry, Julian, Noam, Fareed, Niall, Ian, Iain, Neil, Alastair, Alistair,
        Hamish, Rory, Angus, Ewan, Callum, Owen, Rhys, Gareth, Ciaran, Seamus, Declan, Enda, Simon, Martin,
        Vivek, Josh, Gavin, Merrick, Lloyd, Antony, Xavier, Steve, Mitt, Howard, Lester, Leon, Jon, Bret, Hal,
        Lou, Ray, Rex, Glenn, Clarence, Brett, Elliott, Trevor, Wes, Oscar, Cesar, César, Ernesto, Emilio,
        Ramon, Ramón, Julio, Misha, Pasha, Kolya, Vova, Yusuf, Yousef, Youssef, Karim, Kareem, Tariq, Rashid,
        Rashad, Hamid, Majid, Nasser, Hasan, Jamal, Jamil, Samir, Sami, Nabil, Fouad, Riad, Ziad, Emad, Hisham,
        Tarek, Wael, Amr, Hossam, Ashraf, Mojtaba, Hossein, Mohsen, Reza, Mehdi, Ruhollah, Akbar, Selahattin,
        Binali, Suleiman, Süleyman, Abdulla, Shavkat, Emomali, Sadyr, Serdar, Gurbanguly, Ilyas, Arsen, Arman,
        Sadiq, Sajid, Nadhim, Kwasi, Dominic, Grant, Ed, Humza, Anas, Valdis, Fritz, Hermann, Otto, Ernst,
        Heinrich, Werner, Günter, Gunter, Rolf, Manfred, Joachim, Jörg, Joerg, Matthias, Tobias, Florian,
        Maximilian, Lukas, Jan, Piotr, Tomasz, Krzysztof, Paweł, Marek, Miroslav, Milan, Zoran, Dragan, Goran,
        Ahmet, Murat, Emre, Burak, Cem, Oğuz, Chidi, Emeka, Kwame, Kofi, Jomo, Kenyatta, Desmond, Jacob,
        Hiroshi, Kenichi, Haruki, Kazuo, Yukio, Satoshi, Raj, Arjun, Rohit, Sachin, Virat, Pranab, Atal,
        Hamza, Bilal, Tony, Alfred, Frederick, Harold, Herbert, Stanley, Leonard, Norman, Cecil, Rupert,
        Boris, Hugh, Giles, Toby, Oliver, Harry, Charlie, Freddie, Alfie, Archie, Max, Luke, Liam, Mason
        """)

    /// Honorifics, titles and role words that say a person is a man.
    static let masculineTitles: Set<String> = Lexicon.exactSet(
        """
        Mr., Mr, Messrs., Sir, Lord, King, Prince, Emperor, Sultan, Emir, Sheikh, Sheik, Shah, Baron, Duke,
        Congressman, Spokesman, Chairman, Pope, Rabbi, Imam, Ayatollah, Patriarch, Cardinal, Archbishop,
        congressman, spokesman, chairman, businessman, king, prince, emperor, sultan, emir, sheikh, pope,
        father, son, brother, husband, uncle, grandfather, nephew, boyfriend, widower, councilman, policeman,
        sportsman, statesman, nobleman
        """)

    /// Honorifics, titles and role words that say a person is a woman.
    static let feminineTitles: Set<String> = Lexicon.exactSet(
        """
        Mrs., Mrs, Ms., Ms, Miss, Dame, Lady, Queen, Princess, Empress, Baroness, Duchess, Congresswoman,
        Spokeswoman, Chairwoman, congresswoman, spokeswoman, chairwoman, businesswoman, queen, princess, empress,
        mother, daughter, sister, wife, aunt, grandmother, niece, girlfriend, widow, councilwoman, policewoman,
        sportswoman, stateswoman, actress
        """)

    /// The gender of a given name, when it is unambiguous.
    static func gender(ofGivenName name: String) -> PersonGender? {
        if masculineNames.contains(name) { return feminineNames.contains(name) ? nil : .masculine }
        return feminineNames.contains(name) ? .feminine : nil
    }

    /// The gender a title, honorific or role word (`Mrs.`, `Queen`, `spokesman`) gives, if any.
    static func gender(ofTitle word: String) -> PersonGender? {
        if masculineTitles.contains(word) { return .masculine }
        return feminineTitles.contains(word) ? .feminine : nil
    }

    /// The gender of a role (`chief spokeswoman`), from its last word.
    static func gender(ofRole role: String) -> PersonGender? {
        guard let last = role.split(separator: " ").last else { return nil }
        return gender(ofTitle: String(last))
    }
}
