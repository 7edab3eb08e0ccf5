#!/usr/bin/env python3
"""Writes one invented story as told by COUNT outlets (JSON Lines on stdout): the same council vote,
with wordings, quotations, numbers and dates varied the way outlets vary them, a few outlets giving
a different tally or turnout. For checking that a story page stays readable at many outlets.
Usage: many-outlets.py [COUNT] [SEED]"""
import json
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
leads = [
    "DUNMERE — The Dunmere city council approved a tram line to the university by {tally} on Thursday after a debate of {hours} hours.",
    "Dunmere councillors voted {tally} on Thursday to build a tram line linking the station with the university campus.",
    "After {hours} hours of debate, the council of Dunmere backed the long-planned university tram line on Thursday, {tally}.",
]
quotes = [
    "“This line will carry {riders} riders a day within five years,” mayor Oskar Lindqvist told reporters.",
    "Mayor Oskar Lindqvist said the line would carry {riders} riders a day.",
    "“We have waited thirty years for this,” said Hanne Vos, who leads the residents' association of the Eastbank district.",
    "Opposition leader Pieter Aalto called the budget of {cost} “a promise nobody can keep.”",
    "“The first trams will run in {year},” transport director Ines Marlow said on Friday.",
]
details = [
    "The line will cost {cost} and run {length} kilometres, with {stops} stops.",
    "Construction is due to start in March {start} and the first trams to run in {year}.",
    "About {crowd} people gathered outside the town hall during the vote.",
    "The regional government has promised to pay {share} percent of the cost.",
    "Two councillors abstained, and one was absent because of illness.",
]
for number in range(1, count + 1):
    odd = number % 9 == 0
    values = {
        "tally": "29 votes to 14" if odd else "31 votes to 12",
        "hours": rng.choice(["six", "six", "seven"]),
        "riders": rng.choice(["12,000", "12,000", "15,000"]),
        "cost": rng.choice(["€410 million", "€410 million", "410 million euros", "€450 million"]),
        "year": rng.choice(["2029", "2029", "2030"]),
        "start": "2027",
        "length": rng.choice(["9.4", "9.4", "nine"]),
        "stops": rng.choice(["14", "14", "fifteen"]),
        "crowd": rng.choice(["200", "300", "several hundred"]),
        "share": rng.choice(["40", "40", "45"]),
    }
    sentences = [rng.choice(leads)] + rng.sample(quotes, 3) + rng.sample(details, 3)
    text = " ".join(s.format(**values) for s in sentences)
    outlet = f"{rng.choice(['Dunmere', 'Northern', 'Valley', 'Coastal', 'Evening', 'Daily', 'Weekly', 'Metro'])} {rng.choice(['Courier', 'Herald', 'Post', 'Gazette', 'Observer', 'Chronicle', 'Ledger', 'Times'])} {number}"
    print(json.dumps({
        "id": f"tram-vote-{number}", "source": outlet, "date": f"2026-02-{12 + number % 2}",
        "title": rng.choice(["Council backs university tram line", "Dunmere says yes to the tram", "Tram line to campus approved"]),
        "text": text,
    }))
