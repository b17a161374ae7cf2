/* Suggestions for the search boxes: page titles of the reader's language as they type.
 *
 * The ARIA 1.2 combobox pattern with a listbox, no framework: arrow keys move through
 * the suggestions, Enter opens the chosen page, Escape closes the list; a polite live
 * region says how many suggestions there are. Without JavaScript, or when the request
 * fails, the search form works as before. The script tag carries the endpoint and the
 * translated messages as data attributes (templates/base.html).
 */
(function () {
    "use strict";

    var script = document.currentScript;
    if (!script || !window.fetch || !script.dataset.url) {
        return;
    }
    var config = script.dataset;
    var MIN_LENGTH = 2;
    var DELAY = 150;
    var boxes = 0;

    function statusText(count) {
        if (count === 0) {
            return config.none;
        }
        return count === 1 ? config.one : config.many.replace("%(count)s", String(count));
    }

    function enhance(input) {
        boxes += 1;
        var listId = "search-suggestions-" + boxes;
        var wrapper = document.createElement("div");
        var list = document.createElement("ul");
        var status = document.createElement("div");
        var items = [];
        var active = -1;
        var timer = null;
        var controller = null;
        var lastQuery = input.value.trim();

        wrapper.className = "search-suggest";
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);
        list.id = listId;
        list.className = "search-suggest__list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", config.label);
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("aria-live", "polite");
        wrapper.appendChild(list);
        wrapper.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("autocomplete", "off");

        function open() {
            if (items.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            setActive(-1);
        }

        function setActive(index) {
            var options = list.children;
            for (var i = 0; i < options.length; i += 1) {
                options[i].setAttribute("aria-selected", i === index ? "true" : "false");
            }
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function go(index) {
            var result = items[index];
            if (result && result.url) {
                window.location.assign(result.url);
            }
        }

        function render(results) {
            list.textContent = "";
            items = results;
            results.forEach(function (result, index) {
                var option = document.createElement("li");
                option.id = listId + "-" + index;
                option.className = "search-suggest__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = result.title;
                // Keep the focus in the search box while choosing with the mouse.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                });
                option.addEventListener("click", function () {
                    go(index);
                });
                list.appendChild(option);
            });
            setActive(-1);
            if (results.length) {
                open();
            } else {
                close();
            }
            status.textContent = statusText(results.length);
        }

        function suggest() {
            var query = input.value.trim();
            if (query === lastQuery) {
                return;
            }
            lastQuery = query;
            if (controller) {
                controller.abort();
            }
            if (query.length < MIN_LENGTH) {
                items = [];
                list.textContent = "";
                status.textContent = "";
                close();
                return;
            }
            controller = window.AbortController ? new AbortController() : null;
            fetch(config.url + "?q=" + encodeURIComponent(query), {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined,
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    return response.json();
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(data.results || []);
                    }
                })
                .catch(function () {
                    // No suggestions this time; the form still submits.
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(suggest, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" || event.key === "Down") {
                if (!items.length) {
                    return;
                }
                event.preventDefault();
                open();
                setActive(active + 1 >= items.length ? 0 : active + 1);
            } else if (event.key === "ArrowUp" || event.key === "Up") {
                if (!items.length) {
                    return;
                }
                event.preventDefault();
                open();
                setActive(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter") {
                if (!list.hidden && active >= 0) {
                    event.preventDefault();
                    go(active);
                }
            } else if (event.key === "Escape" || event.key === "Esc") {
                if (!list.hidden) {
                    event.preventDefault();
                    close();
                }
            }
        });

        input.addEventListener("blur", close);
    }

    document.querySelectorAll('form[role="search"] input[name="q"]').forEach(enhance);
})();
