// Below 48rem the main menu folds behind the header's "Menu" button. Without
// JavaScript the button stays hidden and the menu stays open, so every link
// still works. Escape closes the open menu and puts focus back on the button.
const menu = document.querySelector(".main-menu");
const button = document.querySelector(".main-menu__toggle");

if (menu && button) {
    const isOpen = () => button.getAttribute("aria-expanded") === "true";
    const setOpen = (open) => {
        button.setAttribute("aria-expanded", String(open));
        menu.classList.toggle("main-menu--open", open);
    };
    const closeOnEscape = (event) => {
        if (event.key === "Escape" && isOpen()) {
            setOpen(false);
            button.focus();
        }
    };

    button.hidden = false;
    menu.classList.add("main-menu--foldable");
    button.addEventListener("click", () => setOpen(!isOpen()));
    menu.addEventListener("keydown", closeOnEscape);
    button.addEventListener("keydown", closeOnEscape);
}
