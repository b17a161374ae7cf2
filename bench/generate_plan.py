"""The content plan of ``bench.generate``: which pages, where, with what text, tags and blocks.

``plan`` draws the language-neutral specs; ``build_page`` renders one spec in one language.
"""

import datetime
import random
import uuid

from bench import text
from bench.generate_spec import (
    ALIAS_SHARE,
    BENCH_NAMESPACE,
    DEMO_INDEXES,
    DRAFT_SHARE,
    LANGUAGES,
    NESTED_SHARE,
    OWNED_TREE_WEIGHT,
    SHARES,
    SOURCE,
    Spec,
)


class PlanMixin:
    """Plans the generated site and renders each page's values (part of ``Generator``)."""

    def plan(self):
        rng = self.rng
        free_iso = [code for code in text.COUNTRY_CODES if code not in self.demo_iso]
        countries = min(len(free_iso), max(2, round(self.n * 0.025)))
        themes = min(30, max(1, self.n // 500))
        rest = self.n - countries - themes
        counts = {kind: int(rest * share) for kind, share in SHARES.items()}
        counts["case_study"] += rest - sum(counts.values())
        specs = []

        def new(kind, parent, level, country_code, **kwargs):
            plan = text.Plan(random.Random(rng.random()), country_code)
            created = self.now - datetime.timedelta(days=rng.randrange(1, 3650), seconds=rng.randrange(86400))
            spec = Spec(len(specs), kind, parent, level, plan, created, **kwargs)
            specs.append(spec)
            return spec

        country_refs = [("demo", key) for key in self.demo_countries]
        iso_of = {("demo", key): iso for key, iso in self.iso_of_demo.items()}
        for code in free_iso[:countries]:
            spec = new("country", ("demo", "countries"), 0, code, extra={"iso_code": code})
            spec.extra["region"] = rng.choice(self.demo_regions)
            country_refs.append(("spec", spec.index))
            iso_of[("spec", spec.index)] = code
        theme_refs = [("demo", key) for key in self.demo_themes]
        for _ in range(themes):
            spec = new("theme", ("demo", "themes"), 0, rng.choice(text.COUNTRY_CODES))
            theme_refs.append(("spec", spec.index))

        tagged = [kind for kind in ("case_study", "resource", "news", "event") for _ in range(counts[kind])]
        rng.shuffle(tagged)
        for kind in tagged:
            tags = rng.sample(country_refs, rng.choice((1, 1, 2, 3)))
            spec = new(
                kind,
                ("demo", DEMO_INDEXES[kind]),
                1,
                iso_of.get(tags[0], "BE"),
                countries=tags,
                themes=rng.sample(theme_refs, rng.choice((1, 2))),
                live=rng.random() > DRAFT_SHARE,
            )
            if kind == "case_study":
                spec.extra["country"] = tags[0]
                spec.countries = tags[1:]

        roots = [(ref, OWNED_TREE_WEIGHT if ref[0] == "demo" and ref[1] in self.owned else 1) for ref in country_refs]
        roots += [(ref, 1) for ref in theme_refs]
        refs, weights = zip(*roots, strict=True)
        standard_top = []
        nested = round(counts["standard"] * NESTED_SHARE)
        for _ in range(counts["standard"] - nested):
            root = rng.choices(refs, weights)[0]
            owner = "specialist" if root[0] == "demo" and root[1] in self.owned else "editor"
            spec = new("standard", root, 2, iso_of.get(root, "BE"), owner=owner)
            standard_top.append(spec)
        for _ in range(nested):
            parent = rng.choice(standard_top)
            new("standard", ("spec", parent.index), 3, parent.plan.country, owner=parent.owner)

        for spec in specs:
            spec.aliases = frozenset(
                language for language in LANGUAGES[1:] if spec.level > 0 and rng.random() < ALIAS_SHARE
            )
            spec.extra.update(self.plan_extra(spec))
        return specs

    def plan_extra(self, spec):
        rng = spec.plan.rng
        plan = spec.plan
        extra = {"summary": plan.sentences(rng.randint(1, 2))}
        links = []
        if rng.random() < 0.3 and self.link_targets:
            links.append(("page", rng.choice(self.link_targets)))
        if rng.random() < 0.3 and self.documents:
            links.append(("document", rng.choice(self.documents)))
        extra["links"] = links
        rich = {
            "country": ("coverage", "initiatives", "expenditure_reviews", "legal_framework"),
            "theme": ("synthesis", "ongoing_projects", "training"),  # reading lists: see build_page
            "case_study": ("summary", "challenge", "approach", "goals", "evaluation", "lessons_learned", "risks"),
            "resource": ("summary",),
            "news": ("body",),
            "event": ("objective", "learning_outcomes", "body"),
            "standard": (),
        }[spec.kind]
        extra["rich"] = {name: plan.paragraphs(rng.randint(1, 3)) for name in rich}
        if spec.kind == "resource":
            from resources.models import EVALUATION_FIELDS, ResourceType

            extra["resource_type"] = rng.choice(ResourceType.values)
            if extra["resource_type"] == ResourceType.EVALUATION:
                for name in EVALUATION_FIELDS:
                    extra["rich"][name] = plan.paragraphs(1)
            extra["document_language"] = rng.choice(("es", "en", "fr", "other"))
            extra["authors"] = rng.choice(("OIT", "AISS", "Banco Mundial", "UNICEF", "OIT; AISS"))
            extra["documents"] = rng.sample(self.documents, rng.choice((0, 1, 1, 2))) if self.documents else []
        if spec.kind in ("news", "event"):
            extra["date"] = (spec.created_at + datetime.timedelta(days=rng.randrange(0, 60))).date()
            extra["date"] = min(extra["date"], self.now.date())
        if spec.kind == "event":
            from news.models import EventType

            extra["event_type"] = rng.choice(EventType.values)
            extra["duration"] = rng.choice((0, 1, 4, 11))
            extra["online"] = rng.random() < 0.4
            extra["location"] = rng.randrange(len(text.LOCATIONS))
        if spec.kind == "standard":
            blocks = []
            for index in range(rng.randint(2, 4)):
                blocks.append(("heading", rng.randrange(len(text.HEADINGS))))
                blocks.append(("paragraph", plan.paragraphs(1)))
                roll = rng.random()
                if roll < 0.25 and self.images:
                    blocks.append(("figure", rng.choice(self.images)))
                elif roll < 0.35 and self.documents:
                    blocks.append(("document", rng.choice(self.documents)))
                elif roll < 0.45:
                    blocks.append(("quote", index))
            extra["blocks"] = blocks
        if spec.kind == "country":
            extra["last_reviewed"] = (spec.created_at + datetime.timedelta(days=rng.randrange(0, 300))).date()
            extra["last_reviewed"] = min(extra["last_reviewed"], self.now.date())
        return extra

    def build_page(self, spec, language):
        """The unsaved page of ``spec`` with the texts of ``language`` and the synchronized values."""
        from django.utils.text import slugify

        plan = spec.plan
        institution = plan.institution
        kind = spec.kind
        extra = spec.extra
        if kind == "country":
            title = text.COUNTRY_NAMES[plan.country][text.language_index(language)]
        else:
            title = text.title(kind, plan, language)
        links = []
        for position, (link_type, target) in enumerate(extra["links"]):
            label = {"es": "más información", "en": "more information", "fr": "en savoir plus"}[language]
            links.append((position, f'<a linktype="{link_type}" id="{target}">{label}</a>'))
        values = {
            "title": title[:255],
            "draft_title": title[:255],
            "slug": f"{slugify(title)[:70]}-{spec.index}",
            "seo_title": "",
            "search_description": "",
            "show_in_menus": False,
            "content_type_id": self.cts[kind],
            "live": spec.live,
            "has_unpublished_changes": not spec.live,
            "first_published_at": spec.created_at if spec.live else None,
            "last_published_at": spec.created_at if spec.live else None,
            "latest_revision_created_at": spec.created_at,
            "go_live_at": None,
            "expire_at": None,
            "expired": False,
            "locked": False,
            "locked_at": None,
            "locked_by_id": None,
            "latest_revision_id": None,
            "live_revision_id": None,
        }
        for name, paragraphs in extra["rich"].items():
            values[name] = text.render_rich_text(
                paragraphs, language, institution, links if name == next(iter(extra["rich"])) else ()
            )
        summary = text.render_text(extra["summary"], language, institution)
        if kind == "country":
            values.update(
                iso_code=extra["iso_code"],
                region_id=self.demo_placed[SOURCE][extra["region"]].pk,
                summary=summary,
                specialist_id=None,
                last_reviewed=extra["last_reviewed"],
            )
        elif kind == "theme":
            values["summary"] = summary
            # The reading lists are StreamFields (themes/blocks.py): one outside source each, no link.
            for name in ("policy_documents", "further_reading"):
                block_id = str(uuid.UUID(int=plan.rng.getrandbits(128)))
                source = {"title": summary[:120], "url": "", "publisher": "OIT", "year": min(plan.year, self.now.year)}
                values[name] = [{"type": "source", "id": block_id, "value": source}]
        elif kind == "case_study":
            values.update(
                institution=text.INSTITUTIONS[institution][text.language_index(language)],
                country_id=self.page_id(extra["country"]),
                implemented_since=plan.year,
                award="" if plan.rng.random() < 0.7 else "ISSA Good Practice Award",
            )
        elif kind == "resource":
            values.update(
                resource_type=extra["resource_type"],
                year=min(plan.year, self.now.year),
                authors=extra["authors"],
                document_language=extra["document_language"],
            )
        elif kind in ("news", "event"):
            values.update(date=extra["date"], summary=summary)
            values.setdefault("body", "")
            if kind == "event":
                location = text.LOCATIONS[extra["location"]][text.language_index(language)]
                values.update(
                    event_type=extra["event_type"],
                    start_date=extra["date"],
                    end_date=extra["date"] + datetime.timedelta(days=extra["duration"]),
                    online=extra["online"],
                    location=location,
                    organisers=text.INSTITUTIONS[institution][text.language_index(language)],
                    partners="OIT, AISS",
                )
        elif kind == "standard":
            values["intro"] = summary
            values["body"] = self.stream_body(spec, language)
        return self.models[kind](**values)

    def stream_body(self, spec, language):
        i = text.language_index(language)
        plan = spec.plan
        body = []
        for position, (block_type, value) in enumerate(spec.extra["blocks"]):
            block_id = str(uuid.uuid5(BENCH_NAMESPACE, f"{spec.index}/body/{position}"))
            if block_type == "heading":
                raw = text.HEADINGS[value][i]
            elif block_type == "paragraph":
                raw = text.render_rich_text(value, language, plan.institution)
            elif block_type == "figure":
                caption = text.CAPTION[i].format(country=text.COUNTRY_NAMES[plan.country][i])
                raw = {"image": {"image": value, "decorative": False, "alt_text": caption}, "caption": caption}
            elif block_type == "document":
                raw = {"document": value, "title": ""}
            else:
                raw = {"quote": text.QUOTE[i], "attribution": text.INSTITUTIONS[plan.institution][i]}
            body.append({"type": block_type, "value": raw, "id": block_id})
        return body
