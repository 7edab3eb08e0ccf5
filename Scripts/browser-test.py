#!/usr/bin/env python3
"""Browser test of `parallax serve`, driven through Selenium and Debian's chromedriver the way a reader
uses the site: open the story list, follow the largest story, open and fold its sections by keyboard,
open an article, follow a marked number to its fact, search from the header form, and open an article
whose text is hostile. Checks the DOM of each page (every section there, nothing overflowing a phone's
width), that no script from article text runs, and keeps full-page screenshots at 1280 and 390 px.
Usage: browser-test.py BASE_URL OUT_DIR"""
import json
import sys
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

base, out = sys.argv[1].rstrip("/"), sys.argv[2]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("browser-test: FAIL " + message)


options = webdriver.ChromeOptions()
for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(30)


def js(script, *args):
    return driver.execute_script(script, *args)


def height():
    return js("return document.documentElement.scrollHeight")


def shots(name):
    """Full-page screenshots at a wide and a phone width (capped at 9,000 px), and each height."""
    heights = {}
    url = driver.current_url
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        driver.get(url)
        heights[width] = height()
        overflow = js("return document.documentElement.scrollWidth")
        check(overflow <= width + 1, f"{name}: the page is {overflow} px wide at a {width} px window")
        driver.set_window_size(width, min(heights[width], 9000))
        driver.save_screenshot(f"{out}/{name}-{width}.png")
    driver.set_window_size(1280, 900)
    driver.get(url)
    return heights


def not_owned(page):
    check(js("return document.title") != "owned", f"{page}: a script from an article ran (document.title)")


def stories():
    with urllib.request.urlopen(base + "/api/stories?limit=50") as reply:
        return json.load(reply)["stories"]


# 1. The story list, and the keyboard: the first Tab is the skip link, Enter moves to the content.
driver.set_window_size(1280, 900)
driver.get(base + "/")
check(driver.find_elements(By.CSS_SELECTOR, "table.stories tbody tr"), "list: no story rows")
check(driver.find_elements(By.CSS_SELECTOR, "svg.strip"), "list: no coverage strip")
not_owned("list")
body = driver.find_element(By.TAG_NAME, "body")
body.send_keys(Keys.TAB)
active = driver.switch_to.active_element
check(active.text == "Skip to content", f"list: the first Tab reaches {active.tag_name} {active.text!r}, not the skip link")
check(js("return getComputedStyle(arguments[0]).outlineStyle", active) != "none" or active.is_displayed(), "list: the focused skip link is invisible")
active.send_keys(Keys.ENTER)
check(driver.current_url.endswith("#main"), "list: Enter on the skip link does not move to the content")
# Every control the keyboard reaches shows where the focus is.
driver.get(base + "/")
focused = []
for _ in range(12):
    driver.switch_to.active_element.send_keys(Keys.TAB)
    element = driver.switch_to.active_element
    style = js("var s=getComputedStyle(arguments[0]);return [s.outlineStyle,s.outlineWidth]", element)
    focused.append((element.tag_name, style))
    check(style[0] != "none" and style[1] != "0px", f"list: {element.tag_name} {element.text[:30]!r} has no visible focus outline")
check(any(tag == "input" for tag, _ in focused), "list: Tab never reaches the search field")
list_heights = shots("list")

# 2. Follow the largest story of a few outlets (the one of most outlets comes last) by clicking its link.
few = [s for s in stories() if len({a["source"] for a in s["articles"]}) <= 6] or stories()
largest = max(few, key=lambda s: (len(s["articles"]), -s["id"]))
driver.find_element(By.CSS_SELECTOR, f'table.stories a[href="/stories/{largest["id"]}"]').click()
WebDriverWait(driver, 10).until(lambda d: "/stories/" in d.current_url)
check(driver.current_url.endswith(f'/stories/{largest["id"]}'), "story: the click did not open the story")
for section in ("summary", "conflicts", "claims", "quotes", "facts", "timeline", "coverage", "single-source", "actors", "sources"):
    check(driver.find_elements(By.ID, section), f"story: section #{section} missing")
check(driver.find_elements(By.CSS_SELECTOR, "nav.toc a"), "story: no contents line")
for graphic in ("svg.coverage", "svg.timeline"):
    check(driver.find_elements(By.CSS_SELECTOR, graphic), f"story: {graphic} missing")
not_owned("story")
# A fact or statement opens with the keyboard: Tab to the first closed toggle's summary, press Enter.
closed = js("return Array.from(document.querySelectorAll('details.fact:not([open]),details.quote:not([open])')).length")
if closed:
    for _ in range(400):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        element = driver.switch_to.active_element
        if element.tag_name == "summary" and js("var d=arguments[0].parentElement;return (d.matches('details.fact,details.quote'))&&!d.open", element):
            element.send_keys(Keys.ENTER)
            check(js("return arguments[0].parentElement.open", element), "story: Enter on a fact's summary does not open it")
            break
    else:
        check(False, "story: Tab never reaches a closed fact or statement")
story_heights = shots("story")

# 3. Open an article from the story page, then follow a marked value to its fact.
article_link = driver.find_element(By.CSS_SELECTOR, "p.meta a[href^='/articles/']")
article_link.click()
WebDriverWait(driver, 10).until(lambda d: "/articles/" in d.current_url)
check("/articles/" in driver.current_url, "article: the click did not open the article")
check(driver.find_elements(By.CSS_SELECTOR, "#text mark"), "article: no marks in the text")
not_owned("article")
links = driver.find_elements(By.CSS_SELECTOR, "#text a.fact-link")
check(links, "article: no mark links to its fact")
article_heights = shots("article")
fact_links = [link for link in driver.find_elements(By.CSS_SELECTOR, "#text a.fact-link") if "#f" in link.get_attribute("href")]
if fact_links:
    target = fact_links[-1].get_attribute("href").split("#", 1)[1]
    fact_links[-1].click()
    try:
        WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("#" + target))
    except Exception:
        pass
    check(driver.current_url.endswith("#" + target), "article: the mark's link did not open the story at its fact")
    check(js("var e=document.getElementById(arguments[0]);return !!e && e.open===true && e.matches(':target')", target),
          f"story: the linked fact #{target} is not there, open and targeted")
else:
    check(False, "article: no mark links to a fact (#f…)")

# 4. Search from the header form with the keyboard.
driver.get(base + "/")
field = driver.find_element(By.ID, "q")
word = largest["title"].split()[0]
field.send_keys(word, Keys.ENTER)
try:
    WebDriverWait(driver, 10).until(lambda d: "/search?q=" in d.current_url and d.execute_script("return document.readyState") == "complete")
except Exception:
    pass
check("/search?q=" in driver.current_url, "search: the form did not submit")
check(driver.find_elements(By.CSS_SELECTOR, "ol.results li"), f"search: no results for {word!r}")
check(driver.find_elements(By.CSS_SELECTOR, "ol.results mark"), "search: no highlighted words")
search_heights = shots("search")
driver.find_element(By.CSS_SELECTOR, "ol.results li a").click()
WebDriverWait(driver, 10).until(lambda d: "/articles/" in d.current_url)
check("/articles/" in driver.current_url, "search: a result does not open its article")

# 5. An article whose title and text hold markup is text.
driver.get(base + "/articles/hostile-1")
not_owned("hostile article")
text = driver.find_element(By.ID, "text")
check(not text.find_elements(By.CSS_SELECTOR, "script, img, svg, a[href^='javascript']"), "hostile article: its markup became elements")
check("<script>" in text.text, "hostile article: the text lost its markup characters")
shots("hostile")

# 6. The story with the most outlets: folded to a readable length.
widest = max(stories(), key=lambda s: (len({a["source"] for a in s["articles"]}), -s["id"]))
outlets = len({a["source"] for a in widest["articles"]})
driver.get(f'{base}/stories/{widest["id"]}')
widest_heights = shots("story-most-outlets")
if outlets >= 20:
    check(widest_heights[1280] <= 8000 and widest_heights[390] <= 16000,
          f"story of {outlets} outlets: {widest_heights[1280]} px tall wide, {widest_heights[390]} px on a phone")

driver.quit()
print(f"browser-test: page heights (1280 / 390 px): list {list_heights[1280]}/{list_heights[390]}, "
      f"story {largest['id']} ({len(largest['articles'])} articles) {story_heights[1280]}/{story_heights[390]}, "
      f"article {article_heights[1280]}/{article_heights[390]}, search {search_heights[1280]}/{search_heights[390]}, "
      f"story of {outlets} outlets {widest_heights[1280]}/{widest_heights[390]}")
if failures:
    print(f"browser-test: {len(failures)} failures")
    sys.exit(1)
print("browser-test: list → story → article → fact → search → hostile article all passed; screenshots in " + out)
