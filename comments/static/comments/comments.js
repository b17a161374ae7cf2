/* A page's comments shown in place: the page links to its discussion (comments/views.py),
 * and this script reads that discussion and puts its threads under the page. Without
 * JavaScript, or when the request fails, the link stays and leads there. The page itself
 * stays the same for every reader (and costs no query for its comments); the discussion
 * is read with the reader's cookies, so a member sees their held comments and the form.
 */
(function () {
    "use strict";

    var holder = document.querySelector("[data-comments-url]");
    if (!holder || !window.fetch || !window.DOMParser) {
        return;
    }
    var url = holder.getAttribute("data-comments-url");
    fetch(url, { credentials: "same-origin", cache: "no-cache", headers: { Accept: "text/html" } })
        .then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.text();
        })
        .then(function (html) {
            var found = new DOMParser().parseFromString(html, "text/html").querySelector("[data-comments-thread]");
            if (!found) {
                return;
            }
            holder.replaceChildren(document.importNode(found, true));
            holder.removeAttribute("data-comments-url");
            var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
            if (target && holder.contains(target)) {
                target.scrollIntoView();
            }
        })
        .catch(function () {
            /* the link to the discussion stays */
        });
})();
