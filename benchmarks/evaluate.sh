#!/usr/bin/env bash
# Quote, entity and theme scores of newsbrief on every gold set, dev and held out (see benchmarks/README.md).
#   bash benchmarks/evaluate.sh [quotes|entities|themes]     (default: all three; themes only where the gold
#   describes them in the article's language: the press sets)
# Needs ../shared beside the checkout (the Wikinews corpus); the seed's gold is copied in benchmarks/gold/seed/
set -euo pipefail
cd "$(dirname "$0")/.."
NB=.venv/bin/newsbrief
W=../shared/corpus/wikinews-fr
C=benchmarks/corpus
G=benchmarks/gold
measures=${1:-"quotes entities themes"}
run() {  # name, gold folder, files...
  local name=$1 gold=$2; shift 2
  for measure in $measures; do
    if [ "$measure" = themes ] && [[ $gold != */fr-press && $gold != */en ]]; then continue; fi
    echo "== $name: $measure ($# files)"
    $NB evaluate "$measure" --gold "$gold" "$@"
  done
}
run "seed"                         $G/seed          data/samples/000_59a7decd111426f4.txt
run "wikinews-fr dev"              $G/wikinews-fr   $(ls $W/*.html | head -30)
run "fr-press dev"                 $G/fr-press      $C/fr-press/fr-0{1,2,4,5}.txt $C/fr-press/fr-{07..14}.txt
run "en dev"                       $G/en            $C/en/en-0{1,2,4,5,7,9}.txt $C/en/en-1{1..4}.txt
run "wikinews-fr test (held out)"  $G/wikinews-fr-test $(ls $W/*.html | tail -30)
run "fr-press test (held out)"     $G/fr-press      $C/fr-press/fr-0{3,6}.txt
run "en test (held out)"           $G/en            $C/en/en-{03,06,08,10}.txt
run "fr-press dev 3 (was fresh test 1)" $G/fr-press $C/fr-press/fr-{15..22}.txt
run "en dev 3 (was fresh test 1)" $G/en          $C/en/en-{15..19}.txt
run "fr-press dev 4 (was fresh test 2)" $G/fr-press $C/fr-press/fr-{23..30}.txt
run "en dev 4 (was fresh test 2)" $G/en          $C/en/en-{20..23}.txt
run "fr-press dev 5 (was fresh test 3)" $G/fr-press $C/fr-press/fr-{31..36}.txt
run "en dev 5 (was fresh test 3)" $G/en          $C/en/en-{24..26}.txt
run "fr-press dev 6 (was fresh test 4)" $G/fr-press $C/fr-press/fr-{37..42}.txt
run "en dev 6 (was fresh test 4)"  $G/en          $C/en/en-{27..31}.txt
run "fr-press dev 7 (was fresh test 5)" $G/fr-press $C/fr-press/fr-{43..48}.txt
run "en dev 7 (was fresh test 5)"  $G/en          $C/en/en-{32..36}.txt
run "fr-press dev 8 (was fresh test 6)" $G/fr-press $C/fr-press/fr-{49..54}.txt
run "en dev 8 (was fresh test 6)" $G/en          $C/en/en-{37..41}.txt
run "fr-press dev 9 (was fresh test 7)" $G/fr-press $C/fr-press/fr-{55..60}.txt
run "en dev 9 (was fresh test 7)"   $G/en          $C/en/en-{42..46}.txt
run "fr-press dev 10 (was fresh test 8)" $G/fr-press $C/fr-press/fr-{61..66}.txt
run "en dev 10 (was fresh test 8)" $G/en          $C/en/en-{47..51}.txt
run "fr-press dev 11 (written in session 9)" $G/fr-press $C/fr-press/fr-{73..78}.txt
run "en dev 11 (written in session 9)" $G/en          $C/en/en-{57..61}.txt
run "fr-press dev 12 (was fresh test 9)" $G/fr-press $C/fr-press/fr-{67..72}.txt
run "en dev 12 (was fresh test 9)" $G/en          $C/en/en-{52..56}.txt
run "fr-press dev 15 (was fresh test 10)" $G/fr-press $C/fr-press/fr-{79..84}.txt
run "en dev 15 (was fresh test 10)" $G/en          $C/en/en-{62..66}.txt
run "fr-press dev 13 (written in session 10)" $G/fr-press $C/fr-press/fr-{85..90}.txt
run "en dev 13 (written in session 10)" $G/en          $C/en/en-{67..71}.txt
run "fr-press dev 14 (written in session 10)" $G/fr-press $C/fr-press/fr-{91..96}.txt
run "en dev 14 (written in session 10)" $G/en          $C/en/en-{72..76}.txt
run "fr-press dev 16 (written in session 11)" $G/fr-press $C/fr-press/fr-{103..108}.txt
run "en dev 16 (written in session 11)" $G/en          $C/en/en-{82..86}.txt
run "fr-press dev 17 (was fresh test 11)" $G/fr-press $C/fr-press/fr-{97..102}.txt
run "en dev 17 (was fresh test 11)" $G/en          $C/en/en-{77..81}.txt
run "fr-press dev 18 (written in session 12)" $G/fr-press $C/fr-press/fr-{115..120}.txt
run "en dev 18 (written in session 12)" $G/en          $C/en/en-{92..96}.txt
run "fr-press dev 19 (was fresh test 12)" $G/fr-press $C/fr-press/fr-{109..114}.txt
run "en dev 19 (was fresh test 12)"      $G/en          $C/en/en-{87..91}.txt
run "fr-press dev 20 (written in session 13)" $G/fr-press $C/fr-press/fr-{127..132}.txt
run "en dev 20 (written in session 13)" $G/en          $C/en/en-{102..106}.txt
run "fr-press dev 21 (was fresh test 13)" $G/fr-press $C/fr-press/fr-{121..126}.txt
run "en dev 21 (was fresh test 13)" $G/en                 $C/en/en-{97..101}.txt
run "fr-press dev 22 (was fresh test 14)" $G/fr-press $C/fr-press/fr-{133..138}.txt
run "en dev 22 (was fresh test 14)" $G/en          $C/en/en-{107..111}.txt
run "fr-press dev 23 (was fresh test 15)" $G/fr-press $C/fr-press/fr-{139..144}.txt
run "en dev 23 (was fresh test 15)"      $G/en          $C/en/en-{112..116}.txt
run "fr-press dev 24 (was fresh test 16)" $G/fr-press $C/fr-press/fr-{145..150}.txt
run "en dev 24 (was fresh test 16)"      $G/en          $C/en/en-{117..121}.txt
run "fr-press dev 25 (written in session 17)" $G/fr-press $C/fr-press/fr-{169..174}.txt
run "en dev 25 (written in session 17)" $G/en          $C/en/en-{137..142}.txt
run "fr-press dev 26 (was fresh test 17)" $G/fr-press $C/fr-press/fr-{151..156}.txt
run "en dev 26 (was fresh test 17)"      $G/en          $C/en/en-{122..126}.txt
run "fr-press dev 27 (was fresh test 18)" $G/fr-press $C/fr-press/fr-{157..162}.txt
run "en dev 27 (was fresh test 18)"      $G/en          $C/en/en-{127..131}.txt
run "fr-press dev 28 (was fresh test 19)" $G/fr-press $C/fr-press/fr-{163..168}.txt
run "en dev 28 (was fresh test 19)"      $G/en          $C/en/en-{132..136}.txt
run "fr-press dev 29 (was fresh test 20)" $G/fr-press $C/fr-press/fr-{175..180}.txt
run "en dev 29 (was fresh test 20)"      $G/en          $C/en/en-{143..147}.txt
run "fr-press dev 30 (was fresh test 21)" $G/fr-press $C/fr-press/fr-{181..186}.txt
run "en dev 30 (was fresh test 21)"      $G/en          $C/en/en-{148..152}.txt
run "fr-press dev 31 (was fresh test 22)" $G/fr-press $C/fr-press/fr-{187..192}.txt
run "en dev 31 (was fresh test 22)"      $G/en          $C/en/en-{153..157}.txt
run "fr-press dev 32 (was fresh test 23)" $G/fr-press $C/fr-press/fr-{193..198}.txt
run "en dev 32 (was fresh test 23)"      $G/en          $C/en/en-{158..162}.txt
run "fr-press dev 33 (was fresh test 24)" $G/fr-press $C/fr-press/fr-{199..202}.txt
run "en dev 33 (was fresh test 24)"      $G/en          $C/en/en-{163..166}.txt
run "fr-press dev 34 (was fresh test 25)" $G/fr-press $C/fr-press/fr-{203..206}.txt
run "en dev 34 (was fresh test 25)"      $G/en          $C/en/en-{167..170}.txt
run "fr-press dev 35 (was fresh test 26)" $G/fr-press $C/fr-press/fr-{207..210}.txt
run "en dev 35 (was fresh test 26)"      $G/en          $C/en/en-{171..174}.txt
