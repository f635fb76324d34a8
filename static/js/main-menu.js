// Below 48rem the main menu is folded behind the header's "Menu" control from
// the first paint. Without JavaScript that control is a link to #main-menu,
// which CSS opens (:target). Here it becomes a disclosure button of the same
// size: aria-expanded says whether the menu is open, Escape closes it and
// puts focus back on the button.
const menu = document.querySelector(".main-menu");
const link = document.querySelector("a.main-menu__toggle");

if (menu && link) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.textContent = link.textContent;
    button.setAttribute("aria-controls", "main-menu-list");

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

    // Opened through the link before this script ran (or a #main-menu URL):
    // it stays open, now under the button's control.
    setOpen(menu.matches(":target"));
    menu.classList.add("main-menu--foldable");
    link.replaceWith(button);
    button.addEventListener("click", () => setOpen(!isOpen()));
    menu.addEventListener("keydown", closeOnEscape);
    button.addEventListener("keydown", closeOnEscape);
}
