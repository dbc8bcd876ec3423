"""Extractor throughput on synthetic news articles (a script, not a test).

Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_extract.py [--sizes 1000 10000] [--seed 7]

For each size it writes that many generated articles (2-4 KB, 15-30 sentences and lines:
claims with varied claimants, hedges, figures and dates, non-claim sentences, boilerplate) to
a temporary .jsonl file, times `python -m lib extract FILE --out OUT.csv` in one subprocess,
then times lib.extract.extract_corpus in this process (no interpreter start-up, imports or
file I/O), and prints articles, MB, seconds, articles/s, MB/s, rows and the time ratio of the
largest size to the smallest. The corpus is seeded, so runs are comparable.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from lib.articles import read_articles  # noqa: E402
from lib.extract import extract_corpus  # noqa: E402

OUTLETS = ["Northern Ledger", "Daily Meridian", "Harbour Post", "Capital Wire", "Eastern Courier"]
PLACES = ["Kharkiv", "Donetsk", "Kursk", "Gaza", "Khan Younis", "Darfur", "Khartoum", "Rakhine",
          "Aleppo", "Idlib", "Tigray", "Goma", "Port-au-Prince", "Sindh", "Hatay"]
GROUPS = ["Russian soldiers", "Ukrainian troops", "North Korean soldiers", "Palestinians",
          "Israeli soldiers", "civilians", "Sudanese civilians", "militants", "police officers",
          "aid workers", "villagers", "children", "residents"]
CLAIMANTS = ["the Ukrainian General Staff", "Russia's Defence Ministry", "the Gaza Health Ministry",
             "the Israeli military", "South Korea's spy agency", "the United Nations",
             "the World Health Organization", "local authorities", "the provincial governor",
             "a Pentagon spokesperson", "the Red Cross", "a regional health official",
             "the interior ministry", "Human Rights Watch", "the country's disaster agency"]
PEOPLE = ["Maria Kowalczyk", "Ahmed Farouk", "Lee Min-jun", "Oksana Petrenko", "David Osei",
          "Nadia Haddad", "Tomas Varga", "Priya Raman"]
ARMIES = ["The Ukrainian military", "Russia's Defence Ministry", "The Israeli military",
          "The army", "The rebel command"]
ROLES = ["a military spokesperson", "the regional governor", "a senior hospital doctor",
         "the deputy health minister", "a police commander", "an emergency services official"]
KILLED = ["killed", "killed", "killed in action", "confirmed dead"]
INJURED = ["wounded", "injured", "hurt"]
EVENTS = ["strike", "shelling", "offensive", "earthquake", "flooding", "landslide", "ambush",
          "drone attack", "fighting", "bombardment"]
WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "over the weekend",
        "late on Sunday", "earlier this week", "on {date}"]
SINCE = ["since the start of {month}", "since early {month}", "over the past week",
         "in the last 24 hours", "since the offensive began"]
SMALL = ["three", "seven", "twelve", "twenty-seven", "forty", "a dozen", "two"]
HEDGES = ["", "at least ", "more than ", "over ", "about ", "around ", "nearly ", "almost ",
          "up to ", "as many as ", "fewer than ", "an estimated ", "roughly ", "no fewer than "]
VAGUE = ["dozens of", "hundreds of", "several hundred", "thousands of", "scores of"]

CLAIMS = [
    "{Fig} {group} were {killed} in {place} {when}, {claimant} said.",
    "{Claimant} said {fig} {group} had been {killed} and {fig2} {injured} in the {event}.",
    "According to {claimant}, {fig} casualties have been recorded {since}.",
    "The death toll could rise to {fig} as rescuers search collapsed buildings, {role} warned.",
    "{Claimant} put the number of {group} {killed} at {fig} in a statement {when}.",
    "Earlier estimates from {claimant2} had given a figure of {fig}.",
    "\"We have confirmed {fig} deaths so far,\" {person}, {role}, told reporters {when}.",
    "{Fig} people remain missing after the {event}, {claimant} said {when}.",
    "{Army} said its forces had captured {fig} {group} during the operation.",
    "Last week {claimant} said {fig} {group} had died, a figure disputed by {claimant2}.",
    "Between {lo} and {hi} {group} were {injured} in the {event} near {place}, officials said.",
    "{Small} {group} died and {fig} more were {injured}, {person} of {claimant} told us.",
    "{Claimant} said {group} had suffered {fig} losses {since}.",
    "More than {million} people have fled {place} and {fig} were {killed}, {claimant} said.",
    "The {event} left {fig} dead and {fig2} wounded, {claimant} reported {when}.",
    "Hospitals in {place} treated {fig} injured people, {role} said.",
    "{Vague} {group} have been {killed} {since}, according to {claimant}.",
]
NOISE = [
    "The figures could not be independently verified.",
    "{Claimant} did not respond to a request for comment.",
    "The ministry did not say how its figures were compiled.",
    "{Org} said it had delivered {num} tonnes of food to {place} since {month}.",
    "Bread prices in {place} have risen by {pct} percent since {month}, traders said.",
    "Talks between the two sides are scheduled for {weekday} and could last {small} days.",
    "{place} had a population of roughly {num} people before the war.",
    "The main road to {place}, about {km} kilometres long, remained closed to traffic.",
    "Satellite images taken on {weekday} showed damage to {num} buildings across {place}.",
    "Lawmakers voted {km} to {pct} on {weekday} to approve an emergency budget.",
    "In {year}, a similar disaster struck the same region.",
    "Power was restored to {num} homes by {weekday} evening, the utility company said.",
    "{person} has covered the conflict since {year}.",
    "The government announced {small} days of national mourning.",
    "Aid agencies say access to {place} remains severely restricted.",
    "Schools in {place} will stay closed until at least {month}, officials said.",
    "The currency fell {pct} percent against the dollar in {month}.",
]
TAILS = [", despite repeated appeals from international mediators",
         ", as temperatures dropped sharply across the region",
         ", in a move that drew criticism from opposition parties in the capital",
         ", amid growing concern among residents, shopkeepers and aid groups",
         ", according to a report published by a local newspaper",
         ", while the authorities promised further measures in the coming weeks"]
BOILERPLATE = ["Advertisement", "Read more: {place} residents describe a night of fear",
               "Sign up for our morning briefing.", "Reporting by {person}; editing by {person2}",
               "Share this article", "Photo: {person} / {outlet}",
               "(c) {year} {outlet}. All rights reserved."]
ORGS = ["The World Food Programme", "UNICEF", "Doctors Without Borders", "The Red Crescent"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _figure(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return rng.choice(SMALL)
    return rng.choice(HEDGES) + f"{rng.choice([rng.randint(2, 99), rng.randint(100, 60000)]):,}"


def _fill(template: str, rng: random.Random, published: dt.date) -> str:
    lo = rng.randint(5, 400)
    date = published - dt.timedelta(days=rng.randint(0, 6))
    values = {
        "fig": _figure(rng), "fig2": _figure(rng), "lo": lo, "hi": lo + rng.randint(5, 300),
        "small": rng.choice(SMALL), "vague": rng.choice(VAGUE), "group": rng.choice(GROUPS),
        "killed": rng.choice(KILLED), "injured": rng.choice(INJURED), "place": rng.choice(PLACES),
        "claimant": rng.choice(CLAIMANTS), "claimant2": rng.choice(CLAIMANTS),
        "person": rng.choice(PEOPLE), "person2": rng.choice(PEOPLE), "role": rng.choice(ROLES),
        "army": rng.choice(ARMIES), "million": rng.choice(["1.2 million", "600,000"]),
        "event": rng.choice(EVENTS), "month": rng.choice(MONTHS), "weekday": rng.choice(WEEKDAYS),
        "org": rng.choice(ORGS), "num": f"{rng.randint(20, 900_000):,}", "pct": rng.randint(2, 60),
        "km": rng.randint(12, 480), "year": rng.randint(1995, 2021), "outlet": rng.choice(OUTLETS),
        "when": rng.choice(WHEN).format(date=f"{date:%B} {date.day}"),
        "since": rng.choice(SINCE).format(month=rng.choice(MONTHS)),
    }
    values.update({k.capitalize(): str(v)[:1].upper() + str(v)[1:] for k, v in values.items()})
    return template.format(**values)


# Share of sentences that carry a claim: calibrated on the development corpus of real
# casualty reports (about 1.5 claims per KB of text; every article there is about casualties).
CLAIM_SHARE = 0.15


def _sentence(rng: random.Random, published: dt.date) -> str:
    if rng.random() < CLAIM_SHARE:
        return _fill(rng.choice(CLAIMS), rng, published)
    sentence = _fill(rng.choice(NOISE), rng, published)
    return sentence[:-1] + rng.choice(TAILS) + "." if rng.random() < 0.6 else sentence


def make_article(rng: random.Random, number: int) -> dict:
    """One synthetic article of 2-4 KB: 15-28 sentences in paragraphs of one to three, with
    the odd boilerplate line between them."""
    published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 1300))
    target, sentences, size = rng.randint(15, 28), [], 0
    while len(sentences) < 28 and (len(sentences) < target or size < 2000):
        sentence = _sentence(rng, published)
        if size + len(sentence) > 3800:
            break
        sentences.append(sentence)
        size += len(sentence) + 1
    paragraphs = []
    while sentences:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:take]))
        del sentences[:take]
        if rng.random() < 0.1:
            paragraphs.append(_fill(rng.choice(BOILERPLATE), rng, published))
    title = _fill(rng.choice(CLAIMS[:2]), rng, published).rstrip(".")
    return {"id": f"bench_{number:06d}", "url": f"https://example.org/news/{number}",
            "outlet": rng.choice(OUTLETS), "title": title, "published": published.isoformat(),
            "language": "en", "text": "\n\n".join(paragraphs)}


def write_corpus(path: Path, count: int, seed: int) -> int:
    rng = random.Random(f"{seed}-{count}")
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps(make_article(rng, number), ensure_ascii=False) + "\n")
    return path.stat().st_size


def run_cli(corpus: Path, out: Path) -> tuple[float, int]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lib", "extract", str(corpus), "--out", str(out)],
                   cwd=REPO, check=True, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    with out.open(encoding="utf-8", newline="") as f:  # rows, not lines
        rows = sum(1 for _ in csv.reader(f)) - 1
    return seconds, rows


def run_in_process(corpus: Path) -> tuple[float, int]:
    articles = read_articles(corpus).articles  # read outside the timing
    start = time.perf_counter()
    frame = extract_corpus(articles)
    return time.perf_counter() - start, len(frame)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    header = f"{'mode':<11}{'articles':>9}{'MB':>8}{'seconds':>9}{'art/s':>9}{'MB/s':>8}{'rows':>8}"
    results: dict[str, dict[int, float]] = {"subprocess": {}, "in-process": {}}
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.sizes:
            corpus = Path(tmp, f"bench_{count}.jsonl")
            mb = write_corpus(corpus, count, args.seed) / 1e6
            for mode, runner in (("subprocess", lambda: run_cli(corpus, Path(tmp, "out.csv"))),
                                 ("in-process", lambda: run_in_process(corpus))):
                seconds, rows = runner()
                results[mode][count] = seconds
                print(f"{mode:<11}{count:>9}{mb:>8.2f}{seconds:>9.2f}{count / seconds:>9.1f}"
                      f"{mb / seconds:>8.3f}{rows:>8}", flush=True)
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        for mode, times in results.items():
            print(f"{mode}: time ratio {large}/{small} = {times[large] / times[small]:.2f}")


if __name__ == "__main__":
    main()
