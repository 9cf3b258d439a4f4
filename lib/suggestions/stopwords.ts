/**
 * Function words of the four languages the tracker's texts come in (UN
 * documents are English, French, Spanish and Russian here). They carry no
 * topic, so the lexical model leaves them out; the lists double as the
 * language guess for Latin-script text (the language with most hits wins).
 *
 * Also here: words every recommendation uses whatever its subject ("State
 * party", "ensure", "take measures"). They are kept out of the reasons shown
 * to people (a reason naming "ensure" explains nothing), not out of the index:
 * the inverse document frequency already gives them little weight.
 */
export type Language = "english" | "french" | "spanish" | "russian";

const list = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const STOPWORDS: Record<Language, Set<string>> = {
  english: list(`
    a about above after again against all also am an and any are as at be been before being below between both but
    by can could did do does doing down during each few for from further had has have having he her here hers him his
    how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them then there these they this those through to
    too under until up upon very was we were what when where which while who whom why will with would you your
    within without shall may must including include includes inter alia such well via regard regards regarding whether
    thereof therein`),
  french: list(`
    a à au aux avec ce ces cet cette dans de des du elle elles en entre et eux il ils je la le les leur leurs lui ma
    mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ta te tes toi ton
    tu un une vos votre vous d l n s y été être sont est ont a afin ainsi sans sous tout tous toute toutes notamment
    lorsque dont comme cela celui celle ceux plus leurs`),
  spanish: list(`
    a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos
    en entre era es esa esas ese eso esos esta estas este esto estos fue ha han hasta la las le les lo los mas me mi
    mis mucho muy más ni no nos o os otra otras otro otros para pero por porque que quien se sea ser si sin sobre su
    sus también tanto te ti todo todos tu tus un una uno unos y ya así incluso entre dicho dicha`),
  russian: list(`
    а без более бы был была были было быть в вам вас весь во вот все всего
    всех вы где да даже для до его ее её если есть еще ещё же за и из или им их
    к как ко когда кто ли либо между меня мне может мы на над надо наш не него
    нее неё нет ни них но ну о об однако он она они оно от очень по под при с со
    так также такой там те тем то того тоже той только том ты у уже хотя чего
    чей чем что чтобы чье чья эта эти это этот я том числе`),
};

/** Words of the genre itself: true in nearly every recommendation, so never a reason. */
export const GENRE_WORDS = list(`
  state party parties ensure take measures measure continue efforts effort necessary appropriate steps step
  adopt further strengthen promote consider recommend recommends recommendation recommendations committee
  urge urges encourage encourages also its government country national effective effectively relevant
  human right rights
  État partie prendre mesures veiller poursuivre efforts
  estado parte adoptar medidas garantizar seguir esfuerzos
  государство участник принять меры обеспечить продолжать усилия`);
