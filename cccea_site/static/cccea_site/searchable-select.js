// Searchable multiple selects in the admin (cccea_site/pages/widgets.py).
//
// The <select multiple> stays the form control. This script hides it and
// builds from its options a search box (an ARIA combobox), a list of the
// matches, and the chosen entries, each with a button that removes it.
// Picking or removing an entry changes the select's own options and fires
// its input and change events, so saving, previews and autosave see exactly
// what a plain select would give them. Without this script the plain
// select is shown and works as before.

(() => {
    "use strict";

    const HIRAGANA = /[\u3041-\u3096]/g;
    const LATIN_ACCENTS = /[\u0300-\u036f]/g;
    const KATAKANA_OFFSET = 0x60;

    // Capitals, full- and half-width forms, Latin accents and the two kana
    // scripts all compare equal: "cote" finds Côte, ゆにくろ finds ユニクロ.
    function normalise(text) {
        return text
            .normalize("NFKC")
            .toLowerCase()
            .replace(HIRAGANA, (kana) =>
                String.fromCharCode(kana.charCodeAt(0) + KATAKANA_OFFSET),
            )
            .normalize("NFD")
            .replace(LATIN_ACCENTS, "")
            .normalize("NFC");
    }

    function fillIn(message, name) {
        return (message || "").replace("{name}", name);
    }

    function crossIcon() {
        const svgNamespace = "http://www.w3.org/2000/svg";
        const svg = document.createElementNS(svgNamespace, "svg");
        svg.setAttribute("class", "icon icon-cross");
        svg.setAttribute("aria-hidden", "true");
        const use = document.createElementNS(svgNamespace, "use");
        use.setAttribute("href", "#icon-cross"); // Wagtail's icon sprite
        svg.append(use);
        return svg;
    }

    class SearchableSelect {
        constructor(root) {
            this.root = root;
            this.messages = root.dataset;
            this.select = root.querySelector("select");
            this.enhanced = root.querySelector("[data-searchable-select-enhanced]");
            this.search = root.querySelector("[data-searchable-select-search]");
            this.listbox = root.querySelector("[data-searchable-select-listbox]");
            this.chosenList = root.querySelector("[data-searchable-select-chosen]");
            this.none = root.querySelector("[data-searchable-select-none]");
            this.status = root.querySelector("[data-searchable-select-status]");
            this.active = null;
        }

        enhance() {
            if (this.root.dataset.searchableSelectReady) {
                return;
            }
            this.root.dataset.searchableSelectReady = "true";
            this.entries = Array.from(this.select.options, (option, index) =>
                this.entry(option, index),
            );
            this.listbox.replaceChildren(...this.entries.map((entry) => entry.item));
            // The field's label names the search box, which is what gets focus.
            const selector = `label[for="${CSS.escape(this.select.id)}"]`;
            for (const label of document.querySelectorAll(selector)) {
                label.htmlFor = this.search.id;
            }
            this.select.hidden = true;
            this.enhanced.hidden = false;
            this.showChosen();
            this.listen();
        }

        entry(option, index) {
            const item = document.createElement("li");
            item.id = `${this.listbox.id}-${index}`;
            item.className = "searchable-select__option";
            item.setAttribute("role", "option");
            item.setAttribute("aria-selected", String(option.selected));
            item.dataset.index = String(index);
            item.textContent = option.text;
            const names = `${option.text}\n${option.dataset.search || ""}`;
            return { index, option, item, key: normalise(names) };
        }

        listen() {
            this.search.addEventListener("input", () => this.filter({ open: true }));
            this.search.addEventListener("keydown", (event) => this.onKeydown(event));
            this.search.addEventListener("click", () => this.open());
            this.search.addEventListener("blur", () => this.close());
            // A click on a match must not take the focus from the search box.
            this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
            this.listbox.addEventListener("click", (event) => {
                const item = event.target.closest("[role=option]");
                if (item) {
                    this.toggle(this.entries[Number(item.dataset.index)]);
                }
            });
            this.chosenList.addEventListener("click", (event) => {
                const button = event.target.closest("button[data-index]");
                if (button) {
                    this.removeWithButton(button);
                }
            });
        }

        onKeydown(event) {
            // Enter also confirms a word typed with a Chinese, Japanese or
            // Korean input method: leave that to the input method.
            if (event.isComposing || event.keyCode === 229) {
                return;
            }
            switch (event.key) {
                case "ArrowDown":
                case "ArrowUp":
                    event.preventDefault();
                    if (this.isOpen()) {
                        this.move(event.key === "ArrowDown" ? 1 : -1);
                    } else {
                        this.open();
                    }
                    break;
                case "Enter":
                    // Never submit the page form from the search box.
                    event.preventDefault();
                    if (this.isOpen() && this.active) {
                        this.toggle(this.active);
                    }
                    break;
                case "Escape":
                    if (this.isOpen()) {
                        event.preventDefault();
                        event.stopPropagation();
                        this.close();
                    } else if (this.search.value) {
                        event.preventDefault();
                        this.search.value = "";
                        this.filter({ open: false });
                    }
                    break;
                default:
                    break;
            }
        }

        filter({ open }) {
            const terms = normalise(this.search.value).split(/\s+/).filter(Boolean);
            for (const entry of this.entries) {
                entry.item.hidden = !terms.every((term) => entry.key.includes(term));
            }
            const matches = this.matches();
            this.setActive(null);
            if (!matches.length) {
                this.close();
                this.announce(this.messages.messageNoMatches);
            } else {
                this.announce("");
                if (open) {
                    this.open();
                }
            }
        }

        matches() {
            return this.entries.filter((entry) => !entry.item.hidden);
        }

        isOpen() {
            return !this.listbox.hidden;
        }

        open() {
            const matches = this.matches();
            if (!matches.length) {
                return;
            }
            this.listbox.hidden = false;
            this.search.setAttribute("aria-expanded", "true");
            if (!this.active || this.active.item.hidden) {
                this.setActive(matches[0]);
            }
        }

        close() {
            this.listbox.hidden = true;
            this.search.setAttribute("aria-expanded", "false");
            this.setActive(null);
        }

        move(step) {
            const matches = this.matches();
            const position = matches.indexOf(this.active) + step;
            this.setActive(matches[Math.max(0, Math.min(position, matches.length - 1))]);
        }

        setActive(entry) {
            this.active?.item.classList.remove("is-active");
            this.active = entry || null;
            if (this.active) {
                this.active.item.classList.add("is-active");
                this.active.item.scrollIntoView({ block: "nearest" });
                this.search.setAttribute("aria-activedescendant", this.active.item.id);
            } else {
                this.search.removeAttribute("aria-activedescendant");
            }
        }

        toggle(entry) {
            const { option, item } = entry;
            option.selected = !option.selected;
            item.setAttribute("aria-selected", String(option.selected));
            this.showChosen();
            const message = option.selected
                ? this.messages.messageAdded
                : this.messages.messageRemoved;
            this.announce(fillIn(message, option.text));
            for (const type of ["input", "change"]) {
                this.select.dispatchEvent(new Event(type, { bubbles: true }));
            }
        }

        removeWithButton(button) {
            const before = Array.from(this.chosenList.querySelectorAll("button"));
            const position = before.indexOf(button);
            this.toggle(this.entries[Number(button.dataset.index)]);
            // Keep the focus nearby: the next entry's button, else the
            // previous one, else the search box.
            const after = Array.from(this.chosenList.querySelectorAll("button"));
            (after[position] || after[position - 1] || this.search).focus();
        }

        showChosen() {
            const chosen = this.entries.filter((entry) => entry.option.selected);
            this.chosenList.replaceChildren(...chosen.map((entry) => this.chosenItem(entry)));
            this.chosenList.hidden = !chosen.length;
            this.none.hidden = chosen.length > 0;
        }

        chosenItem(entry) {
            const item = document.createElement("li");
            item.className = "searchable-select__chosen-item";
            const name = document.createElement("span");
            name.textContent = entry.option.text;
            const button = document.createElement("button");
            button.type = "button";
            button.className = "searchable-select__remove";
            button.dataset.index = String(entry.index);
            button.setAttribute("aria-label", fillIn(this.messages.messageRemove, entry.option.text));
            button.append(crossIcon());
            item.append(name, button);
            return item;
        }

        announce(message) {
            this.status.textContent = message || "";
        }
    }

    const IDENTIFIER = "searchable-select";
    const stimulus = window.StimulusModule;
    const application = window.wagtail && window.wagtail.app;
    if (stimulus && application) {
        // Wagtail's Stimulus application also enhances selects that appear
        // later (a panel added by a script).
        application.register(
            IDENTIFIER,
            class extends stimulus.Controller {
                connect() {
                    new SearchableSelect(this.element).enhance();
                }
            },
        );
    } else {
        for (const root of document.querySelectorAll(`[data-controller~="${IDENTIFIER}"]`)) {
            new SearchableSelect(root).enhance();
        }
    }
})();
