// Sign forms submit in place: the site's answer (the form again with its
// errors, or "check your inbox") replaces the form, and focus moves to it.
// Without JavaScript, or if anything here fails, the form posts as a page.
for (const box of document.querySelectorAll("[data-action-form]")) {
    box.addEventListener("submit", async (event) => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !window.fetch) {
            return;
        }
        event.preventDefault();
        const button = form.querySelector("[type=submit]");
        if (button) {
            button.disabled = true;
        }
        try {
            const response = await fetch(form.action, {
                method: "POST",
                body: new URLSearchParams(new FormData(form)),
                headers: { "X-Action-Form": "fragment" },
                credentials: "same-origin",
            });
            // Only the site's own answers to the form; anything else (a 404
            // page, a proxy's error page) is shown by posting as a page.
            if (response.headers.get("X-Action-Form") !== "fragment") {
                throw new Error("not an answer to the form");
            }
            box.innerHTML = await response.text();
            const focus = box.querySelector("[data-focus]");
            if (focus) {
                focus.focus();
            }
        } catch {
            form.submit();
        }
    });
}
