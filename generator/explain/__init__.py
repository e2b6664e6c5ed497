"""Explanations for the glossary: knowledge we ship, definitions the text gives, and the
threshold a term must pass before it gets a public page.

    base.py      the base glossary shipped with the generator (base/*.yml), merged under
                 the site's own seeds/curated/glossary.yml
    scan.py      every occurrence of a known (base or curated) term in the articles
    quality.py   named rules that sort an extracted definition: explanation, category,
                 another name, or noise
    patterns.py  definitional sentences over the whole corpus (X란 …을 말한다, 이른바 X …)
    choose.py    the best explanation per term; terms without one leave the site for the
                 review queue
"""
