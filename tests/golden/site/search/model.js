/* How the search sees words; written by the build. */
window.archiveWordModel = {
 "alnum": "[\\p{Alphabetic}\\p{N}]",
 "apart": "[\\p{Ll}\\p{Lu}\\p{Lt}\\p{N}\\p{P}\\p{Zs}\\p{Unified_Ideograph}\\p{sc=Hiragana}\\p{sc=Katakana}]",
 "droppedFromQuery": "^\\p{Pd}|\\p{Pe}|\\p{Pf}|\\p{Pi}|\\p{Po}|\\p{Ps}$",
 "kept": "[\\p{Alphabetic}\\p{N}\\p{Pc}]",
 "mark": "\\p{M}",
 "space": "\\p{White_Space}+",
 "stemmer": "Snowball English 3.0.1",
 "upper": "\\p{Uppercase}"
};
