// "Copy link" button next to a case's address. The button stays hidden
// without JavaScript or clipboard access; the read-only field still works.
for (const button of document.querySelectorAll("[data-copy-target]")) {
    const field = document.getElementById(button.dataset.copyTarget);
    const status = button.parentElement.querySelector("[data-copied-message]");
    if (!field || !navigator.clipboard) {
        continue;
    }
    button.hidden = false;
    button.addEventListener("click", async () => {
        await navigator.clipboard.writeText(field.value);
        status.textContent = status.dataset.copiedMessage;
    });
}
