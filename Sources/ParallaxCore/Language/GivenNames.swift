/// Common given names across languages, used as evidence that a capitalized run names a person.
///
/// The list favours names frequent in international news: English, Russian and Ukrainian, romanized
/// Chinese, Korean and Japanese, Arabic and Persian, Turkish, Spanish and Portuguese, French, German,
/// Italian, Indian and African names.
enum GivenNames {
    /// The names, exactly as capitalized.
    static let all: Set<String> = Lexicon.exactSet(
        """
        James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel,
        Matthew, Anthony, Mark, Donald, Steven, Stephen, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George,
        Timothy, Ronald, Edward, Jason, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Larry, Justin,
        Scott, Brandon, Benjamin, Samuel, Gregory, Alexander, Frank, Patrick, Raymond, Jack, Dennis, Jerry,
        Tyler, Aaron, Jose, Adam, Nathan, Henry, Douglas, Zachary, Peter, Kyle, Walter, Ethan, Jeremy, Harold,
        Keith, Christian, Roger, Noah, Gerald, Carl, Terry, Sean, Austin, Arthur, Lawrence, Jesse, Dylan, Bryan,
        Joe, Jordan, Billy, Bruce, Albert, Willie, Gabriel, Logan, Alan, Juan, Wayne, Roy, Ralph, Randy, Eugene,
        Vincent, Russell, Elijah, Louis, Bobby, Philip, Johnny, Bill, Bob, Jim, Tom, Tim, Mike, Dan, Dave, Ben,
        Sam, Tony, Nick, Chris, Rick, Ron, Ted, Jake, Joel, Hunter, Graham, Keir, Rishi, Boris, Theresa, Gordon,
        Tony, Nigel, Liz, Rachel, Yvette, Angela, Olaf, Friedrich, Emmanuel, Marine, Giorgia, Mario, Ursula,
        Kamala, Hillary, Barack, Marco, Mitch, Nancy, Chuck, Elon, Jeff, Sundar, Satya, Tim, Warren, Karoline,
        Lindsey, Ted, Rand, Marjorie, Kevin, Hakeem, Alexandria, Bernie, Elizabeth, Kristi, Pete, Tulsi, Kash,
        Pam, Susie, Stephen, Ivanka, Melania, Jared, Eric, Lara, Mary, Patricia, Jennifer, Linda, Barbara,
        Susan, Jessica, Sarah, Karen, Lisa, Nancy, Betty, Margaret, Sandra, Ashley, Kimberly, Emily, Donna,
        Michelle, Carol, Amanda, Dorothy, Melissa, Deborah, Stephanie, Rebecca, Sharon, Laura, Cynthia,
        Kathleen, Amy, Angela, Shirley, Anna, Brenda, Pamela, Emma, Nicole, Helen, Samantha, Katherine,
        Christine, Debra, Rachel, Carolyn, Janet, Catherine, Maria, Heather, Diane, Ruth, Julie, Olivia, Joyce,
        Virginia, Victoria, Kelly, Lauren, Christina, Joan, Evelyn, Judith, Megan, Andrea, Cheryl, Hannah,
        Jacqueline, Martha, Gloria, Teresa, Ann, Sara, Madison, Frances, Kathryn, Janice, Jean, Abigail, Alice,
        Judy, Sophia, Grace, Denise, Amber, Doris, Marilyn, Danielle, Beverly, Isabella, Theresa, Diana,
        Natalie, Brittany, Charlotte, Marie, Kayla, Alexis, Lori, Jane, Kate, Sophie, Lucy, Claire, Ellen,
        Vladimir, Dmitry, Dmitri, Sergei, Sergey, Alexei, Alexey, Aleksei, Aleksandr, Alexander, Andrei, Andrey,
        Mikhail, Nikolai, Nikolay, Ivan, Yuri, Yury, Oleg, Igor, Viktor, Victor, Pavel, Anatoly, Boris, Maxim,
        Maksim, Denis, Roman, Konstantin, Valery, Valentina, Vyacheslav, Gennady, Yevgeny, Evgeny, Yevgeniy,
        Grigory, Leonid, Stanislav, Vitaly, Vitali, Vasily, Fyodor, Arkady, Ruslan, Ramzan, Artem, Artyom,
        Kirill, Ilya, Anton, Timur, Rustam, Elvira, Maria, Anastasia, Natalia, Natalya, Olga, Tatiana, Tatyana,
        Svetlana, Irina, Ekaterina, Yekaterina, Yulia, Yuliya, Lyudmila, Galina, Elena, Yelena, Marina, Alla,
        Ksenia, Daria, Darya, Veronika, Volodymyr, Oleksandr, Oleksiy, Dmytro, Mykhailo, Mykola, Petro,
        Andriy, Yuriy, Vitaliy, Kyrylo, Serhiy, Denys, Taras, Bohdan, Olena, Oksana, Iryna, Yuliia, Viktor,
        Alexander, Aliaksandr, Alyaksandr, Svyatlana, Nursultan, Kassym-Jomart, Ilham, Nikol, Recep, Mevlut,
        Hakan, Ahmet, Mehmet, Mustafa, Kemal, Ekrem, Devlet, Jinping, Keqiang, Qiang, Yi, Wei, Jun, Ming, Hua,
        Lei, Jian, Hong, Ying, Xiaoping, Zemin, Jintao, Hu, Kai, Chao, Yang, Bo, Tao, Yan, Jing, Lin, Fang, Xin,
        Hao, Jie, Peng, Hui, Ling, Yu, Xiaoming, Zhiqiang, Jiechi, Yanhua, Lifeng, Wenbo, Chunying, Ning, Jian,
        Qiang, Shinzo, Fumio, Shigeru, Yoshihide, Taro, Yoko, Akira, Hiroshi, Takeshi, Kenji, Yuki, Sanae,
        Moon, Jae-in, Yoon, Suk-yeol, Jae-myung, Kim, Jong-un, Yo-jong, Lee, Min-jun, Seo-yeon, Narendra,
        Rahul, Sonia, Amit, Rajnath, Subrahmanyam, Nirmala, Arvind, Manmohan, Indira, Rajiv, Priyanka, Sanjay,
        Vijay, Ravi, Raj, Anil, Sunil, Mukesh, Gautam, Ratan, Shashi, Imran, Shehbaz, Nawaz, Asif, Bilawal,
        Benazir, Mohammed, Mohammad, Muhammad, Mohamed, Ahmed, Ahmad, Ali, Hassan, Hussein, Hussain,
        Omar, Umar, Abdullah, Abdul, Abdel, Abdulaziz, Khalid, Khaled, Faisal, Saud, Salman, Fahd, Sultan,
        Tamim, Hamad, Zayed, Bashar, Hafez, Nabih, Walid, Saad, Najib, Michel, Joseph, Ismail, Yahya,
        Mahmoud, Mahmud, Yasser, Ismail, Ebrahim, Hassan, Masoud, Javad, Abbas, Ali, Qassem, Ayman, Osama,
        Anwar, Gamal, Hosni, Fattah, Recep, Tayyip, Benjamin, Yair, Naftali, Isaac, Itamar,
        Bezalel, Yoav, Avigdor, Gideon, Ehud, Ariel, Shimon, Golda, Yitzhak, Moshe, David, Miriam, Esther,
        Fatima, Aisha, Leila, Layla, Maryam, Zainab, Noor, Yasmin, Amina, Huda, Rania, Samira, Salma, Laila,
        Carlos, Luis, Jorge, Pedro, Miguel, Javier, Fernando, Alejandro, Manuel, Francisco, Antonio, Rafael,
        Ricardo, Eduardo, Diego, Sergio, Pablo, Andres, Andrés, Gustavo, Nicolas, Nicolás, Hugo, Evo, Alberto,
        Raul, Raúl, Fidel, Gabriel, Claudia, Cristina, Dilma, Luiz, Inácio, Inacio, Jair, Javier, Gabriel,
        Lula, Sebastián, Sebastian, Ivan, Iván, Gustavo, Xiomara, Daniel, Nayib, Andres, Santiago,
        Felipe, Mariano, Pedro, Yolanda, Isabel, Carmen, Lucia, Lucía, Sofia, Sofía, Paula, Elena, Ana, Juana,
        Emmanuel, Jean, Jacques, Pierre, François, Francois, Nicolas, Michel, Philippe, Alain, Gérard, Gerard,
        Bernard, Marine, Ségolène, Segolene, Édouard, Edouard, Gabriel, Dominique, Laurent, Thierry, Olivier,
        Valérie, Valerie, Brigitte, Catherine, Anne, Sylvie, Christophe, Sébastien, Julien, Mathieu, Stéphane,
        Angela, Olaf, Friedrich, Annalena, Robert, Christian, Wolfgang, Helmut, Gerhard, Frank-Walter, Horst,
        Markus, Boris, Karl, Hans, Klaus, Jürgen, Jurgen, Dieter, Heinz, Uwe, Lars, Sven, Jens, Stefan, Ursula,
        Sahra, Alice, Tino, Björn, Bjorn, Matteo, Giuseppe, Sergio, Silvio, Mario, Enrico, Paolo, Luigi,
        Giovanni, Francesco, Alessandro, Lorenzo, Giorgia, Elly, Romano, Mateusz, Andrzej, Donald, Jarosław,
        Jaroslaw, Lech, Rafał, Viktor, Péter, Peter, Robert, Aleksandar, Milorad, Edi, Kyriakos, Alexis,
        Nikos, Mark, Pedro, Antonio, António, Marcelo, Jens, Mette, Magdalena, Ulf, Sanna, Petteri,
        Alexander, Sauli, Erna, Jonas, Gitanas, Kaja, Alar, Edgars, Krišjānis, Maia, Salome, Irakli, Bidzina,
        Mikheil, Nikol, Serzh, Ilham, Cyril, Jacob, Thabo, Nelson, Julius, Uhuru, William, Paul, Yoweri, Abiy,
        Bola, Muhammadu, Goodluck, Olusegun, Nana, Akufo-Addo, Macky, Ousmane, Emmerson, Robert, Felix, Félix,
        Joseph, Ibrahim, Assimi, Abdourahamane, Mahamat, Idriss, Kais, Abdelmadjid, Aziz, Justin, Stephen,
        Pierre, Jagmeet, Chrystia, Mélanie, Anthony, Scott, Malcolm, Kevin, Julia, Jacinda, Chris, Christopher,
        Ferdinand, Rodrigo, Sara, Joko, Prabowo, Anwar, Mahathir, Hun, Manet, Prayut, Paetongtarn, Srettha,
        Thaksin, Yingluck, Tsai, Ing-wen, Lai, Ching-te, Ma, Ying-jeou, Aung, Min, Hasina, Khaleda,
        Gotabaya, Ranil, Mahinda, Pushpa, Volker, Antonio, Josep, Kaja, Charles, Camilla, Harry, Meghan,
        William, Kate, Anne, Edward, Andrew, Elizabeth, Francis, Benedict, Leo, Justin, Bartholomew, Kirill,
        Greta, Malala, Edward, Julian, Alexei, Yulia, Mikhail, Garry, Yevgeny, Ramzan, Sergei, Graham, Fiona,
        Henry, Noam, Jeffrey, Francis, Fareed, Niall, Ian, Iain, Neil, Alastair, Alistair, Hamish, Rory,
        Angus, Ewan, Callum, Owen, Rhys, Gareth, Dylan, Siobhan, Niamh, Aoife, Ciaran, Seamus, Declan, Micheal,
        Leo, Enda, Simon, Martin, Vivek, Ron, Nikki, Mike, Josh, Gavin, Gretchen, Jay,
        Maura, Letitia, Merrick, Lloyd, Antony, Janet, Gina, Deb, Pete, Marcia, Xavier, Alejandro, Denis,
        Samantha, Linda, Jake, Jen, Karine, Dana, Sean, Steve, Steven, Elise, Mitt, Liz, Adam, Jamie, Jim,
        Howard, Lester, Leon, Jon, Bret, Hal, Lou, Ray, Roy, Rex, Glenn, Clarence, Sonia, Ketanji, Amy,
        Brett, Neil, Samuel, Elena, Elliott, Trevor, Wes, Oscar, Cesar, César, Marcelo, Ernesto,
        Emilio, Ramon, Ramón, Julio, Rosa, Veronica, Monica, Adriana, Gabriela, Daniela, Camila, Valentina,
        Mariana, Fernanda, Alessandra, Francesca, Giulia, Chiara, Federica, Silvia, Elisa, Lena, Hanna, Katja,
        Nadia, Nadezhda, Vera, Lidia, Sasha, Masha, Dasha, Katya, Misha, Pasha, Kolya, Vova, Zhenya,
        Yusuf, Yousef, Youssef, Karim, Kareem, Tariq, Rashid, Rashad, Hamid, Majid, Nasser, Hasan,
        Jamal, Jamil, Samir, Sami, Nabil, Fouad, Riad, Ziad, Emad, Hisham, Tarek, Wael, Amr, Hossam, Ashraf,
        Mojtaba, Hossein, Mohsen, Reza, Mehdi, Hamid, Ruhollah, Akbar, Mahmoud, Ebrahim, Masoud,
        Abbas, Hakan, Kemal, Selahattin, Meral, Binali, Ahmet, Suleiman, Süleyman, Ibrahim, Ismail,
        Abdulla, Shavkat, Emomali, Sadyr, Serdar, Gurbanguly, Kassym, Ali, Ilyas, Timur, Arsen, Arman,
        Sadiq, Rishi, Priti, Suella, Kemi, Sajid, Nadhim, Kwasi, Jeremy, Dominic, Michael, Gavin, Grant, Ed,
        Ed, Yvette, Wes, Lisa, Bridget, Jonathan, Pat, Patrick, Ross, Douglas, Humza, Nicola, Alex, Anas,
        Kaja, Roberta, Emmanuel, Ursula, Josep, Valdis, Margrethe, Thierry, Teresa, Věra, Ylva, Dubravka
        """)

    /// Common family names that come first in Chinese, Korean and Vietnamese names (`Xi Jinping`,
    /// `Wang Yi`, `Kim Jong Un`): a two- or three-word run starting with one names a person.
    static let leadingSurnames: Set<String> = Lexicon.exactSet(
        """
        Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, Luo, Gao, Xi,
        Deng, Mao, Jiang, Wen, Han, Feng, Cao, Peng, Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Lu, Ye, Du, Cheng,
        Wei, Su, Ding, Ren, Shen, Yao, Qin, Lu, Fu, Zhong, Tang, Song, Cui, Geng, Liang, Xie, Kong, Bai, Yu,
        Kim, Lee, Park, Choi, Jung, Chung, Kang, Cho, Yoon, Jang, Lim, Moon, Han, Shin, Kwon, Hwang, Ahn, Ryu,
        Nguyen, Tran, Le, Pham, Hoang, Huynh, Vo, Dang, Bui, Do, Ngo, Duong, Ly, To, Vu, Phan
        """)

    /// Endings typical of family names (`Ushakov`, `Zelensky`, `Shevchenko`, `Pashinyan`): in a
    /// multi-word run, a last word with one of them names a person.
    static let surnameEndings: [String] = Lexicon.entries(
        """
        ov, ova, ev, eva, yov, yova, sky, skiy, skyi, skaya, ski, ska, enko, chuk, czuk, vich, vych, ovich,
        evich, yan, dze, shvili, escu, poulos, opoulos, akis, idis, oglu, oğlu, ović, ovic, ić, sson, sdottir,
        stein, berg, mann, baum, witz, kowski, ewski, ieva, iev, yuk, ko
        """)

    /// Whether `word` ends like a family name (and is long enough for the ending to mean something).
    static func hasSurnameEnding(_ word: String) -> Bool {
        guard word.count >= 5 else { return false }
        return surnameEndings.contains { word.hasSuffix($0) }
    }
}
