// Sign forms submit in place: the site's answer (the form again with its
// errors, or "check your inbox") replaces the form, and focus moves to it.
// Without JavaScript, or if anything here fails, the form posts as a page.

// When the site asks for a proof of work (actions/proof_of_work.py), find
// the number whose SHA-256 with the challenge's salt is the challenge.
async function solveChallenge(url) {
    const response = await fetch(url, { credentials: "same-origin" });
    const challenge = await response.json();
    const encoder = new TextEncoder();
    for (let number = 0; number <= challenge.maxNumber; number++) {
        const digest = await crypto.subtle.digest(
            "SHA-256",
            encoder.encode(challenge.salt + number),
        );
        const hex = Array.from(new Uint8Array(digest), (byte) =>
            byte.toString(16).padStart(2, "0"),
        ).join("");
        if (hex === challenge.challenge) {
            const { algorithm, salt, signature } = challenge;
            const solution = { algorithm, challenge: hex, number, salt, signature };
            return btoa(JSON.stringify(solution));
        }
    }
    throw new Error("challenge not solved");
}

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
        form.setAttribute("aria-busy", "true");
        try {
            if (form.dataset.challengeUrl) {
                form.elements.proof.value = await solveChallenge(
                    form.dataset.challengeUrl,
                );
            }
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
