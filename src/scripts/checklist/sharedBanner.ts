/** The banner that says a shared checklist is showing, with its two ways out. */

export interface SharedBannerActions {
	/** "Keep this as my checklist". */
	keep(): void;
	/** "Show my saved checklist". */
	showSaved(): void;
}

/** Connects the banner's buttons; returns a function that shows or hides it. */
export function connectSharedBanner(banner: HTMLElement, actions: SharedBannerActions): (shown: boolean) => void {
	banner.addEventListener('click', (event) => {
		const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (action === 'adopt') actions.keep();
		if (action === 'mine') actions.showSaved();
	});
	return (shown) => {
		banner.hidden = !shown;
	};
}
