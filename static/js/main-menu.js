// The main menu folds behind a "Menu" button on phones. Without JavaScript
// the button stays hidden and the menu stays open, so every link still works.
// Escape closes the open menu and puts focus back on the button.
for (const menu of document.querySelectorAll(".main-menu")) {
    const button = menu.querySelector(".main-menu__toggle");
    const setOpen = (open) => button.setAttribute("aria-expanded", String(open));

    button.hidden = false;
    menu.classList.add("main-menu--foldable");
    button.addEventListener("click", () => {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    menu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
}
